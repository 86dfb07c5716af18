/** Hands a Blob to the browser as a file download. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** UTF-8 with a byte-order mark, so Excel opens Chinese CSV correctly. */
export function downloadCsv(name: string, csv: string): void {
  download(name, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
