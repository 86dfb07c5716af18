/**
 * A Chinese document number (文号: issuer's abbreviation, year in 〔〕, serial 号) in the form English
 * citations use: the abbreviation in pinyin, "[year] No. n" — 国办发〔2020〕49号 → Guobanfa [2020] No. 49.
 */
import { pinyinWord, type Pinyin } from './pinyin.ts';

const han = /\p{Script=Han}+/gu;

function spelled(text: string, pinyin: Pinyin): string {
  return text.replace(han, (run) => pinyinWord(run, pinyin));
}

export function englishDocNumber(docNumber: string, pinyin: Pinyin): string {
  const parts = /^(.*?)\s*[〔［[（(](\d{4})[〕］\]）)]\s*第?(\d+)号$/u.exec(docNumber.trim());
  if (!parts) return spelled(docNumber, pinyin);
  const [, issuer = '', year, serial] = parts;
  return `${spelled(issuer, pinyin)} [${year}] No. ${serial}`.trim();
}
