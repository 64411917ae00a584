import { problemId } from "./field-ids.ts";

/**
 * A field's problems, exactly as the validator prints them, under the field (its input points here with
 * aria-describedby). Focusable, for a problem that has no input of its own (a list, the geometry).
 */
export function FieldProblems({ fieldKey, messages }: { fieldKey: string; messages?: readonly string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul className="field-problems" id={problemId(fieldKey)} data-problem-for={fieldKey} tabIndex={-1}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/** The aria attributes of an input with (or without) problems. */
export function problemAttributes(fieldKey: string, messages?: readonly string[]) {
  const invalid = messages !== undefined && messages.length > 0;
  return invalid
    ? { "aria-invalid": true as const, "aria-describedby": problemId(fieldKey) }
    : { "aria-invalid": undefined, "aria-describedby": undefined };
}
