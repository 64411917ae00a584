/**
 * The browser's PDF fonts: files shipped with the app as hashed assets, fetched when the first PDF is written
 * (never with the page).
 */

import sansRegularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import sansBoldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";
import koreanRegularUrl from "@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url";
import koreanBoldUrl from "@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url";
import type { PdfFonts } from "./pdf-fonts.ts";

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<PdfFonts> | undefined;

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= (async () => {
    const [sansRegular, koreanRegular, sansBold, koreanBold] = await Promise.all(
      [sansRegularUrl, koreanRegularUrl, sansBoldUrl, koreanBoldUrl].map(fetchFont),
    );
    return {
      regular: { sans: sansRegular as Uint8Array, korean: koreanRegular as Uint8Array },
      bold: { sans: sansBold as Uint8Array, korean: koreanBold as Uint8Array },
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
