/** Hands a file to the browser's downloads. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // Revoking at once can cancel the download in some browsers; the URL is only needed until it starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
