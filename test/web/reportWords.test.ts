import { describe, expect, it } from 'vitest';
import { reportCodes } from '../../server/report/words.ts';
import { changeKindName, codeName, creditCodes, creditName } from '../../web/src/i18n.ts';

// The credit report (server-rendered) and the explorer word the same codes; a reader comparing the PDF
// with the screen must see one word for one code. The report keeps its own table (server/ never imports
// web/), so this test is what keeps the two from drifting apart.

/** The report's code → the web's word for it, from whichever web table words that code. */
function webWord(lang: 'zh' | 'en', code: string): string {
  // The report words the penalty event apart from the penalty section; the web's event names word it.
  if (code === 'penalty_event') return changeKindName(lang, 'penalty');
  // An English word may be its code ("fine"); the first table that words the code otherwise wins.
  return [creditName(lang, code), codeName(lang, code), changeKindName(lang, code)].find((name) => name && name !== code) ?? code;
}

describe('the credit report and the explorer word codes alike', () => {
  const codes = Object.keys(reportCodes);

  it('every code the report words is worded by the explorer too', () => {
    expect(codes.filter((code) => webWord('zh', code) === code)).toEqual([]);
  });

  it('every credit-file code the explorer words is worded by the report too (a commitment "kept" was printed as its code)', () => {
    expect(creditCodes.filter((code) => !(code in reportCodes))).toEqual([]);
  });

  it.each(['zh', 'en'] as const)('in %s, with the same words', (lang) => {
    const differing = Object.entries(reportCodes)
      .filter(([code, words]) => webWord(lang, code) !== words[lang])
      .map(([code, words]) => ({ code, report: words[lang], web: webWord(lang, code) }));
    expect(differing).toEqual([]);
  });
});
