/** The form's element ids from field keys ("citations.1.quote" → "edit-citations-1-quote"). */
export function inputId(key: string): string {
  return `edit-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function problemId(key: string): string {
  return `${inputId(key)}-problem`;
}

/**
 * The field key whose problem comes first in the form's order: the keys follow the page, so the first one found
 * in the document is the one to focus.
 */
export function firstProblemElement(root: ParentNode, keys: Iterable<string>): HTMLElement | null {
  const wanted = new Set([...keys].map(problemId));
  for (const element of root.querySelectorAll<HTMLElement>("[data-problem-for]")) {
    if (!wanted.has(element.id)) continue;
    const key = element.dataset.problemFor ?? "";
    const input = document.getElementById(inputId(key));
    return input ?? element;
  }
  return null;
}
