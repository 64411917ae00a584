/** Absolute URLs: GeoJSON is fetched by MapLibre's worker, which resolves nothing against the page. */
export function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

export function absoluteAll<T extends Record<string, string>>(urls: T): T {
  return Object.fromEntries(Object.entries(urls).map(([key, url]) => [key, absolute(url)])) as T;
}
