import type { ReactNode } from "react";
import type { FormField } from "../editing/form-fields.ts";
import type { FormValue, FormValues } from "../editing/types.ts";
import { FieldProblems, problemAttributes } from "./FieldProblems.tsx";
import { inputId } from "./field-ids.ts";
import { type PublicationChoice, PublicationPicker } from "./PublicationPicker.tsx";

export type FormContext = {
  problems: ReadonlyMap<string, readonly string[]>;
  searchPublications: (query: string) => readonly PublicationChoice[];
  /** A value changed. `commit`: a step of its own in the undo history (a pick, an added item), not a keystroke. */
  onChange: (key: string, value: FormValue, commit: boolean) => void;
};

const emptyItem = (fields: readonly FormField[]): FormValues =>
  Object.fromEntries(
    fields.map((field) => [field.key, field.kind === "list" || field.kind === "string-list" ? [] : ""]),
  );

function Hint({ field }: { field: FormField }) {
  const parts = [
    field.required ? "Required" : undefined,
    field.help,
    field.maxLength ? `at most ${field.maxLength} characters` : undefined,
  ];
  const text = parts.filter(Boolean).join("; ");
  return text ? <span className="field-hint">{text}</span> : null;
}

function labelOf(field: FormField) {
  return field.label;
}

function StringList({
  field,
  fieldKey,
  value,
  context,
}: {
  field: FormField;
  fieldKey: string;
  value: string[];
  context: FormContext;
}) {
  return (
    <fieldset className="form-list">
      <legend>{labelOf(field)}</legend>
      <FieldProblems fieldKey={fieldKey} messages={context.problems.get(fieldKey)} />
      {value.map((item, index) => {
        const key = `${fieldKey}.${index}`;
        const messages = context.problems.get(key);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
          <div className="form-list-item" key={index}>
            <label htmlFor={inputId(key)}>
              {field.label} {index + 1}
            </label>
            <input
              id={inputId(key)}
              type="text"
              value={item}
              maxLength={field.maxLength ? field.maxLength * 2 : undefined}
              {...problemAttributes(key, messages)}
              onChange={(event) =>
                context.onChange(
                  fieldKey,
                  value.map((old, at) => (at === index ? event.target.value : old)),
                  false,
                )
              }
            />
            <button
              type="button"
              onClick={() =>
                context.onChange(
                  fieldKey,
                  value.filter((_, at) => at !== index),
                  true,
                )
              }
            >
              Remove {field.label.toLowerCase()} {index + 1}
            </button>
            <FieldProblems fieldKey={key} messages={messages} />
          </div>
        );
      })}
      <button type="button" onClick={() => context.onChange(fieldKey, [...value, ""], true)}>
        Add {field.label.toLowerCase()}
      </button>
    </fieldset>
  );
}

function ObjectList({
  field,
  fieldKey,
  value,
  context,
}: {
  field: FormField;
  fieldKey: string;
  value: FormValues[];
  context: FormContext;
}) {
  const fields = field.fields ?? [];
  const itemName = field.label.replace(/s$/, "").toLowerCase();
  return (
    <fieldset className="form-list" data-field={fieldKey}>
      <legend>{labelOf(field)}</legend>
      <FieldProblems fieldKey={fieldKey} messages={context.problems.get(fieldKey)} />
      {value.map((item, index) => {
        const prefix = `${fieldKey}.${index}`;
        const itemChange = (key: string, next: FormValue, commit: boolean) =>
          context.onChange(
            fieldKey,
            value.map((old, at) => (at === index ? { ...old, [key]: next } : old)),
            commit,
          );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
          <fieldset className="form-list-item" key={index} data-field={prefix}>
            <legend>
              {field.label.replace(/s$/, "")} {index + 1}
            </legend>
            <FieldProblems fieldKey={prefix} messages={context.problems.get(prefix)} />
            {fields.map((sub) => (
              <Field
                key={sub.key}
                field={sub}
                fieldKey={`${prefix}.${sub.key}`}
                value={item[sub.key] ?? (sub.kind === "list" || sub.kind === "string-list" ? [] : "")}
                context={{
                  ...context,
                  onChange: (key, next, commit) => itemChange(key.slice(prefix.length + 1), next, commit),
                }}
              />
            ))}
            <button
              type="button"
              onClick={() =>
                context.onChange(
                  fieldKey,
                  value.filter((_, at) => at !== index),
                  true,
                )
              }
            >
              Remove {itemName} {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => context.onChange(fieldKey, [...value, emptyItem(fields)], true)}>
        Add {itemName}
      </button>
    </fieldset>
  );
}

/**
 * One field of the form, by its kind: every input has a label, and the validator's messages for its key show
 * under it (aria-describedby, aria-invalid).
 */
export function Field({
  field,
  fieldKey,
  value,
  context,
}: {
  field: FormField;
  fieldKey: string;
  value: FormValue | undefined;
  context: FormContext;
}) {
  if (field.kind === "list")
    return (
      <ObjectList
        field={field}
        fieldKey={fieldKey}
        value={Array.isArray(value) ? (value as FormValues[]) : []}
        context={context}
      />
    );
  if (field.kind === "string-list")
    return (
      <StringList
        field={field}
        fieldKey={fieldKey}
        value={Array.isArray(value) ? (value as string[]) : []}
        context={context}
      />
    );
  const text = typeof value === "string" ? value : "";
  const messages = context.problems.get(fieldKey);
  const id = inputId(fieldKey);
  const attributes = {
    ...problemAttributes(fieldKey, messages),
    "aria-required": field.required || undefined,
  };
  const change = (next: string, commit: boolean) => context.onChange(fieldKey, next, commit);
  const isPublication = field.refersTo === "publication";
  let input: ReactNode;
  if (isPublication) {
    return (
      <div className="form-field">
        <PublicationPicker
          id={id}
          label={field.label}
          value={text}
          onChange={(next) => change(next, true)}
          search={context.searchPublications}
          invalid={attributes["aria-invalid"]}
          describedBy={attributes["aria-describedby"]}
        />
        <FieldProblems fieldKey={fieldKey} messages={messages} />
      </div>
    );
  }
  if (field.kind === "enum" || field.kind === "boolean") {
    const options = field.kind === "boolean" ? ["true", "false"] : (field.options ?? []);
    input = (
      <select id={id} value={text} {...attributes} onChange={(event) => change(event.target.value, true)}>
        <option value="">{field.required ? "— choose —" : "—"}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === "textarea") {
    input = (
      <textarea
        id={id}
        value={text}
        rows={3}
        {...attributes}
        onChange={(event) => change(event.target.value, false)}
      />
    );
  } else {
    input = (
      <input
        id={id}
        type="text"
        inputMode={field.kind === "amount" ? "decimal" : undefined}
        placeholder={field.kind === "date" ? "YYYY-MM-DD, YYYY-MM or YYYY" : undefined}
        value={text}
        {...attributes}
        onChange={(event) => change(event.target.value, false)}
      />
    );
  }
  return (
    <div className="form-field">
      <label htmlFor={id}>{labelOf(field)}</label>
      <Hint field={field} />
      {input}
      <FieldProblems fieldKey={fieldKey} messages={messages} />
    </div>
  );
}
