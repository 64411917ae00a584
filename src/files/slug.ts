/** "Ünïcode → arrows, 2022–2025" → "unicode-arrows-2022-2025": for file names, at most `maximum` characters. */
export function slugOf(text: string, maximum = 80): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maximum)
    .replace(/-+$/, "");
}
