/**
 * Saves something made in the browser as a file: a Blob and a temporary object
 * URL, so nothing leaves the device.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text (CSV, GeoJSON, HTML) as a file of the given MIME type. */
export function downloadText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}
