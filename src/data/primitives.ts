import { z } from "zod";
import { limits } from "./limits.ts";
import { isUnsafeCharacter } from "./problems.ts";
import { addProblem } from "./schema-messages.ts";

const identifierPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const identifierExpectation = `an id of lowercase letters, digits and single hyphens (e.g. "rail-link"), at most ${limits.identifierLength} characters`;

export const Identifier = z
  .string({ error: identifierExpectation })
  .min(1, { error: identifierExpectation })
  .max(limits.identifierLength, { error: identifierExpectation })
  .regex(identifierPattern, { error: identifierExpectation });

/** Non-empty text without leading or trailing whitespace, capped at `maximum` characters. */
export function text(maximum: number, what: string) {
  const expectation = `${what} (non-empty, at most ${maximum} characters, no leading or trailing spaces)`;
  return z
    .string({ error: expectation })
    .min(1, { error: expectation })
    .max(maximum, { error: expectation })
    .refine((value) => value.trim() === value, { error: expectation });
}

/** Notes: a list of short paragraphs, as the sourcing panel shows them. */
export const Notes = z
  .array(text(limits.noteLength, "a note"), { error: "a list of notes (strings)" })
  .min(1, {
    error: "a non-empty list of notes (leave the property out when there are none)",
  });

// Characters a browser strips or ignores inside URLs hide schemes such as "java\tscript:" (see the research
// notes on `JaVaScRiPt:` and entity-encoded variants); spaces and invisible characters are refused outright.
function hasSpaceOrInvisible(value: string): boolean {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (isUnsafeCharacter(code) || code === 0x20 || code === 0xa0 || code === 0xfeff) return true;
    if ((code >= 0x200b && code <= 0x200d) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

export function urlProblem(value: string): string | null {
  if (hasSpaceOrInvisible(value)) return "contains spaces, control or invisible characters";
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return "is not an absolute URL";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return `uses the scheme "${parsed.protocol}"`;
  if (parsed.hostname === "") return "has no host name";
  if (parsed.username !== "" || parsed.password !== "") return "contains a user name or password";
  return null;
}

export const HttpUrl = z.string({ error: "an http: or https: URL" }).superRefine((value, context) => {
  const problem = urlProblem(value);
  if (problem !== null) {
    addProblem(
      context,
      [],
      `${problem} (${JSON.stringify(value.slice(0, 80))}); expected an absolute http: or https: URL`,
    );
  }
});

export const Status = z.enum(["alleged", "corroborated", "confirmed"], {
  error:
    'one of "alleged" (claimed, not independently corroborated), "corroborated" (two independent kinds of evidence agree) or "confirmed"',
});
export type Status = z.infer<typeof Status>;

export const Confidence = z.enum(["low", "moderate", "high"], {
  error: 'one of "low", "moderate" or "high" (analytic confidence in the sense of ICD 203)',
});
export type Confidence = z.infer<typeof Confidence>;

export const GeometryPrecision = z.enum(["exact", "approximate", "schematic"], {
  error: 'one of "exact", "approximate" or "schematic"',
});
export type GeometryPrecision = z.infer<typeof GeometryPrecision>;
