export type PngRequest = { id: number; bitmap: ImageBitmap };
export type PngResponse = { id: number; blob: Blob } | { id: number; error: string };
