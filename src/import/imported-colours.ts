/**
 * Colours for imported layers: colour-blind-safe (Okabe–Ito and Paul Tol), none used by the bundled layers and
 * none near the grey of unsourced features, so a user layer never looks like the project's own.
 */
const palette = ["#009e73", "#56b4e9", "#882255", "#117733", "#0072b2", "#44aa99", "#aa4499", "#999933"];

/** The first palette colour not yet in use, or the next one round the palette when all are taken. */
export function nextImportedColour(inUse: readonly string[]): string {
  const free = palette.find((colour) => !inUse.includes(colour));
  return free ?? (palette[inUse.length % palette.length] as string);
}
