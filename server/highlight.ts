const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (char: string) => htmlEscapes[char] ?? char;

const isHan = (text: string) => /\p{Script=Han}/u.test(text);

/** The pieces of a term to look for: the term itself, and for Chinese its bigrams (what the index matched). */
function needles(term: string): string[] {
  const chars = [...term.toLowerCase()];
  if (!isHan(term) || chars.length <= 2) return [chars.join('')];
  const bigrams = chars.slice(0, -1).map((char, index) => char + chars[index + 1]);
  return [chars.join(''), ...bigrams];
}

/**
 * `text` HTML-escaped with every occurrence of a query term (case-insensitive; Chinese also by
 * bigram, as the cjk index matches) wrapped in <em>…</em>. Safe to insert as HTML.
 */
export function highlight(text: string, terms: readonly string[]): string {
  const chars = [...text];
  const lower = chars.map((char) => char.toLowerCase());
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const needle of terms.flatMap(needles)) {
    const pattern = [...needle];
    if (pattern.length === 0) continue;
    for (let start = 0; start + pattern.length <= lower.length; start++) {
      if (pattern.every((char, offset) => lower[start + offset] === char)) marked.fill(true, start, start + pattern.length);
    }
  }
  let html = '';
  chars.forEach((char, index) => {
    if (marked[index] && !marked[index - 1]) html += '<em>';
    html += escapeHtml(char);
    if (marked[index] && !marked[index + 1]) html += '</em>';
  });
  return html;
}
