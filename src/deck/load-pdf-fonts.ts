/**
 * The browser's PDF fonts: files shipped with the app as hashed assets, fetched when the first PDF is written
 * (never with the page).
 */

import sansRegularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import sansBoldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";
import japaneseRegularUrl from "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url";
import japaneseBoldUrl from "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf?url";
import koreanRegularUrl from "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url";
import koreanBoldUrl from "@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url";
import { eachFamily, type FontFamily, fontFamilies, type PdfFonts } from "./pdf-fonts.ts";

const urls: Record<keyof PdfFonts, Record<FontFamily, string>> = {
  regular: { sans: sansRegularUrl, japanese: japaneseRegularUrl, korean: koreanRegularUrl },
  bold: { sans: sansBoldUrl, japanese: japaneseBoldUrl, korean: koreanBoldUrl },
};

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchWeight(weight: keyof PdfFonts) {
  const files = await Promise.all(fontFamilies.map((family) => fetchFont(urls[weight][family])));
  return eachFamily((family) => files[fontFamilies.indexOf(family)] as Uint8Array);
}

let loading: Promise<PdfFonts> | undefined;

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchWeight("regular"), fetchWeight("bold")]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
