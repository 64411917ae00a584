import { type FormEvent, useState } from "react";
import { emptyPublication, formToPublication, publicationFields } from "../editing/form-fields.ts";
import type { FormValue, FormValues } from "../editing/types.ts";
import { Field, type FormContext } from "./FormFields.tsx";

/** The fields an analyst fills for a new publication; the id is made from them. */
const shownKeys = [
  "publisher",
  "title",
  "author",
  "published",
  "kind",
  "url",
  "reliability",
  "reliability_note",
];
const fields = publicationFields.filter((field) => shownKeys.includes(field.key));
const prefix = "new-publication";

export type PublicationOutcome =
  | { ok: true; id: string }
  | { ok: false; message?: string; fields?: ReadonlyMap<string, readonly string[]> };

type Props = {
  /** Adds the publication (saved with the feature), or says why not: a duplicate, or the validator's problems. */
  onAdd: (publication: Record<string, unknown>) => PublicationOutcome;
};

/**
 * A publication not yet in publications.json. A duplicate (the same address, or the same publisher, title and
 * date) is refused with the existing one's id; every field is checked by the validator's own rules.
 */
export function NewPublicationForm({ onAdd }: Props) {
  const [values, setValues] = useState<FormValues>(emptyPublication);
  const [problems, setProblems] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [message, setMessage] = useState<{ text: string; added: boolean } | null>(null);

  const context: FormContext = {
    problems: new Map([...problems].map(([key, messages]) => [`${prefix}.${key}`, messages])),
    searchPublications: () => [],
    onChange: (key: string, value: FormValue) =>
      setValues((current) => ({ ...current, [key.slice(prefix.length + 1)]: value })),
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const outcome = onAdd(formToPublication(values));
    if (outcome.ok) {
      setValues(emptyPublication());
      setProblems(new Map());
      setMessage({
        text: `Added "${outcome.id}": pick it in a citation. It is saved with the feature.`,
        added: true,
      });
      return;
    }
    setProblems(outcome.fields ?? new Map());
    setMessage(outcome.message ? { text: outcome.message, added: false } : null);
    // The first field with a problem gets the keyboard.
    const first = shownKeys.find((key) => outcome.fields?.has(key));
    if (first) document.getElementById(`edit-${prefix}-${first}`)?.focus();
  };

  return (
    <form className="new-publication" onSubmit={add} aria-labelledby="new-publication-heading" noValidate>
      <h4 id="new-publication-heading">Add a publication</h4>
      {fields.map((field) => (
        <Field
          key={field.key}
          field={field}
          fieldKey={`${prefix}.${field.key}`}
          value={values[field.key]}
          context={context}
        />
      ))}
      {message && (
        <p className={message.added ? "notice" : "warning"} role={message.added ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <button type="submit">Add publication</button>
    </form>
  );
}
