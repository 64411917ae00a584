import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const geojsonDirectory = fileURLToPath(new URL("../../geojson/", import.meta.url));

/** Every data file in geojson/, name → text, as the editor loads them in the browser. */
export function readShippedTexts(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(geojsonDirectory)
      .filter((name) => /\.(geo)?json$/.test(name))
      .sort()
      .map((name) => [name, readFileSync(`${geojsonDirectory}${name}`, "utf8")]),
  );
}
