/** Reads a whole file into one buffer, reporting the bytes read so far (a stream, so progress is real). */
export async function readBytes(file: Blob, onRead: (bytesRead: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while being read would overflow the buffer; what was there when the import began counts.
    const chunk = value.subarray(0, Math.max(0, bytes.length - offset));
    bytes.set(chunk, offset);
    offset += chunk.length;
    onRead(offset);
  }
  return offset === bytes.length ? bytes : bytes.subarray(0, offset);
}
