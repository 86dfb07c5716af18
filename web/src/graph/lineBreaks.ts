/**
 * Where a label may wrap. Chinese has no spaces, so the canvas gets a zero-width space at every place
 * a line may break between two characters when one of them is CJK, except where the Chinese
 * line-breaking rule (禁则, as in GB/T 15834 practice and W3C's "Requirements for Chinese Text Layout")
 * forbids it: no line starts with closing punctuation (」）】》，。、；：？！…), none ends with opening
 * punctuation (「（【《…), and a label's last Chinese character never stands alone on its line
 * (示例3069科技有限公 / 司). Latin words and numbers keep wrapping at their spaces only.
 */
export const breakMark = '\u200b';

const cjk = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Never at the start of a line. */
const closing = new Set([...'」』）】》〉〕〗〙〛｝］，。、；：？！…‥·・—～％’”〞)]}>,.;:?!%']);
/** Never at the end of a line. */
const opening = new Set([...'「『（【《〈〔〖〘〚｛［‘“〝([{<']);

/** The label with a break mark at every place a line may break between a CJK character and its neighbour. */
export function withLineBreaks(label: string): string {
  const chars = [...label];
  let out = chars[0] ?? '';
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1]!;
    const after = chars[i]!;
    const last = i === chars.length - 1;
    if (breakAllowed(before, after) && !(last && cjk.test(after))) out += breakMark;
    out += after;
  }
  return out;
}

function breakAllowed(before: string, after: string): boolean {
  if (!cjk.test(before) && !cjk.test(after)) return false;
  if (/\s/u.test(before) || /\s/u.test(after) || before === breakMark || after === breakMark) return false;
  return !closing.has(after) && !opening.has(before);
}

/** The label as text (an export, a title): without its break marks. */
export function withoutLineBreaks(label: string): string {
  return label.replaceAll(breakMark, '');
}
