/** Offers `text` to the person as a file named `name` (a download; nothing is uploaded). */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  // The click starts the download asynchronously; free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
