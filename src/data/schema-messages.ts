import "./zod-config.ts";
import type { z } from "zod";

/**
 * How messages are built. A schema's `error` option holds only the expectation ("an ISO date …"); the problem
 * converter adds what was found ("is \"2023-02-30\"; expected an ISO date …"). Refinements that already say both
 * mark their issue as complete. Everything else gets a generic expectation from the issue itself.
 */
export const genericMessageMarker = "\u0000generic";

/** Pass as the per-parse error map: leaves schema-level expectations alone, marks the rest as generic. */
export function genericErrorMap(): string {
  return genericMessageMarker;
}

type RefinementContext = { addIssue: (issue: z.core.$ZodRawIssue) => void };

/** Reports a finished message ("what is wrong; what is expected") from a refinement. */
export function addProblem(context: RefinementContext, path: PropertyKey[], message: string): void {
  context.addIssue({ code: "custom", path, message, params: { complete: true }, input: undefined });
}
