/** The PDF fonts read from node_modules: the same files the app ships as assets (src/deck/load-pdf-fonts.ts). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { PdfFonts } from "../../../src/deck/pdf-fonts.ts";

const require = createRequire(import.meta.url);
const read = (file: string) => new Uint8Array(readFileSync(require.resolve(file)));

export function pdfFontsFromPackages(): PdfFonts {
  return {
    regular: {
      sans: read("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
      japanese: read("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf"),
      korean: read("@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf"),
    },
    bold: {
      sans: read("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
      japanese: read("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"),
      korean: read("@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf"),
    },
  };
}
