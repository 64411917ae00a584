/** How many items go into one string before it joins the Blob: bounded memory for 100,000 features. */
const itemsPerChunk = 1000;

/**
 * Items written as JSON and joined with commas into a Blob, a chunk at a time, so that no single string holds
 * all of them (the body of a JSON array, without its brackets).
 */
export function jsonItemsBlob<T>(items: readonly T[], write: (item: T) => string = JSON.stringify): Blob {
  const chunks: string[] = [];
  for (let start = 0; start < items.length; start += itemsPerChunk) {
    const text = items
      .slice(start, start + itemsPerChunk)
      .map(write)
      .join(",");
    chunks.push(start === 0 ? text : `,${text}`);
  }
  return new Blob(chunks);
}

/** A FeatureCollection around feature-array bodies (each from `jsonItemsBlob`): no part is parsed or copied. */
export function featureCollectionBlob(parts: readonly Blob[]): Blob {
  const pieces: BlobPart[] = ['{"type":"FeatureCollection","features":['];
  parts
    .filter((part) => part.size > 0)
    .forEach((part, index) => {
      if (index > 0) pieces.push(",");
      pieces.push(part);
    });
  pieces.push("]}\n");
  return new Blob(pieces, { type: "application/geo+json" });
}
