/** The data files in geojson/ as hashed assets, for downloading a bundled layer's file as it is. */
const fileUrls = import.meta.glob("../../geojson/*.{json,geojson}", {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;

export function bundledFileUrl(name: string): string | undefined {
  return Object.entries(fileUrls).find(([path]) => path.endsWith(`/${name}`))?.[1];
}
