import { type KeyboardEvent, useEffect, useId, useState } from "react";

export type PublicationChoice = { id: string; text: string };

type Props = {
  id: string;
  label: string;
  /** The chosen publication's id ("" when none). */
  value: string;
  onChange: (id: string) => void;
  /** Publications whose publisher or title match the words typed, best first. */
  search: (query: string) => readonly PublicationChoice[];
  invalid?: boolean;
  describedBy?: string;
};

const shown = 8;

/**
 * A combobox (WAI-ARIA 1.2 pattern, list autocomplete): typing a publisher's or a title's words lists the
 * publications that match; ↓ ↑ move, Enter or a click picks, Escape closes. What is typed and not picked is kept
 * as an id, for the validator to name if it is unknown.
 */
export function PublicationPicker({ id, label, value, onChange, search, invalid, describedBy }: Props) {
  const [query, setQuery] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  useEffect(() => setQuery(value), [value]);

  const choices = open ? search(query).slice(0, shown) : [];
  const pick = (choice: PublicationChoice) => {
    setQuery(choice.id);
    setOpen(false);
    onChange(choice.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(choices.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" && open && choices[active]) {
      event.preventDefault();
      pick(choices[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={choices.length > 0}
        aria-controls={listId}
        aria-activedescendant={choices[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder="Type a publisher or title words"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(event.target.value.trim().length > 0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          if (query.trim() !== value) onChange(query.trim());
        }}
      />
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's popup, a list of options the input's arrow keys move through
        role="listbox"
        aria-label={`${label}: matching publications`}
        hidden={choices.length === 0}
      >
        {choices.map((choice, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: the focus stays in the input (aria-activedescendant), as the combobox pattern asks
          <li
            key={choice.id}
            id={`${listId}-${index}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox's listbox
            role="option"
            aria-selected={index === active}
            // The input keeps the focus: a mousedown that picks must not blur it first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(choice);
            }}
          >
            {choice.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
