import * as OpenCC from 'opencc-js';
import { generateBatch } from '../synthetic/generator.ts';
import { Random } from '../synthetic/random.ts';
import realPairs from './realNamePairs.json' with { type: 'json' };

/**
 * The company-name matcher's evaluation set: labelled pairs of names, `same` when both name one
 * company. Synthetic pairs perturb the names of the corpus (seed 7, first 1,000 companies) the way
 * real data differs: traditional characters, legal-form variants, the region in brackets or left out,
 * full-width forms, English renderings; the hard negatives change one thing a real other company
 * differs by: the industry, the city, one trade-name character, the legal form, group or branch.
 * Real pairs (realNamePairs.json) are names from the OpenSanctions China-sanctions sample
 * (/work/shared/data/cn-sanctions-opensanctions, CC BY-NC 4.0), hand-checked; they are matcher test
 * data only and are never attached to any list.
 */

export interface NamePair {
  a: string;
  b: string;
  same: boolean;
  /** What the pair tests (`traditional`, `other_industry` …). */
  kind: string;
  source: 'synthetic' | 'real';
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const industryWords = ['贸易', '物流', '科技', '电子科技', '实业', '投资', '建设', '置业', '餐饮管理', '新材料', '精密机械', '生物医药', '文化传媒', '能源', '食品'];
const otherCities: Array<[zh: string, en: string]> = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['广州', 'Guangzhou'],
  ['成都', 'Chengdu'],
  ['武汉', 'Wuhan'],
  ['西安', "Xi'an"],
];

interface Parsed {
  region: string;
  brand: string;
  industry: string;
  form: string;
  zh: string;
  en: string;
}

/** Splits a corpus name (region 市 + 3-character brand + industry + form) as the generator built it. */
function split(zh: string, en: string): Parsed | null {
  const match = /^(.+?市)(.{3})(.+?)(股份有限公司|有限责任公司|有限公司)$/u.exec(zh);
  if (!match || zh.includes('集团') || zh.includes('分公司')) return null;
  return { region: match[1]!, brand: match[2]!, industry: match[3]!, form: match[4]!, zh, en };
}

function positives(c: Parsed, r: Random): NamePair[] {
  const out = (b: string, kind: string): NamePair => ({ a: c.zh, b, same: true, kind, source: 'synthetic' });
  const bare = c.region.replace(/市$/, '');
  const otherForm = c.form === '有限公司' ? '有限责任公司' : c.form === '有限责任公司' ? '有限公司' : c.form;
  const enWords = c.en.replace(/ Co\., Ltd\.$| Corporation Limited$/, '');
  const [city, ...rest] = enWords.split(' ');
  const variants: NamePair[] = [
    out(toTraditional(c.zh), 'traditional'),
    out(`${c.region}${c.brand}${c.industry}${otherForm}`, 'legal_form_variant'),
    out(`${c.brand}（${bare}）${c.industry}${c.form}`, 'region_in_brackets'),
    out(`（${bare}）${c.brand}${c.industry}${c.form}`, 'region_bracket_prefix'),
    out(`${c.brand}${c.industry}${c.form}`, 'region_left_out'),
    out(`${bare}${c.brand}${c.industry}`, 'short_form'),
    out(c.en, 'english'),
    out(`${rest.join(' ')} (${city}) ${c.form === '股份有限公司' ? 'Co., Ltd.' : 'Company Limited'}`, 'english_region_in_brackets'),
    out(c.en.toUpperCase().replace(/[.,]/g, ''), 'english_upper_case'),
    out(toTraditional(`${c.brand}（${bare}）${c.industry}${otherForm}`), 'traditional_brackets_form'),
    out(fullWidth(`${c.zh} `).replace('（', '(').replace('）', ')'), 'full_width'),
  ];
  // Four of eleven per company, so every perturbation is represented without one company dominating.
  return Array.from({ length: 4 }, () => variants.splice(r.int(variants.length), 1)[0]!);
}

function negatives(c: Parsed, r: Random): NamePair[] {
  const out = (b: string, kind: string): NamePair => ({ a: c.zh, b, same: false, kind, source: 'synthetic' });
  const industry = r.pick(industryWords.filter((w) => !c.industry.includes(w) && !w.includes(c.industry)));
  const [cityZh, cityEn] = r.pick(otherCities.filter(([zh]) => !c.region.startsWith(zh)));
  const chars = [...c.brand];
  const at = r.int(3);
  const replacement = r.pick([...'鹭港泓霁琛颢'].filter((ch) => !chars.includes(ch)));
  const oneCharOff = chars.map((ch, i) => (i === at ? replacement : ch)).join('');
  const otherForm = c.form === '股份有限公司' ? '有限公司' : '股份有限公司';
  const enTail = c.en.split(' ').slice(1).join(' ');
  const variants: NamePair[] = [
    out(`${c.region}${c.brand}${industry}${c.form}`, 'other_industry'),
    out(`${cityZh}市${c.brand}${c.industry}${c.form}`, 'other_city'),
    out(`${c.region}${oneCharOff}${c.industry}${c.form}`, 'one_character_off'),
    out(`${c.region}${c.brand}${c.industry}${otherForm}`, 'other_legal_form'),
    out(`${c.region}${c.brand}${c.industry}集团有限公司`, 'group_parent'),
    out(`${c.zh}${cityZh}分公司`, 'branch'),
    out(`${cityEn} ${enTail}`, 'english_other_city'),
    out(toTraditional(`${c.region}${oneCharOff}${c.industry}${c.form}`), 'traditional_one_character_off'),
  ];
  return Array.from({ length: 3 }, () => variants.splice(r.int(variants.length), 1)[0]!);
}

/** Synthetic pairs from `companies` corpus companies: four matching and three hard non-matching each. */
export function syntheticNamePairs(companies = 80): NamePair[] {
  const rows = generateBatch({ companies: 1_000, seed: 7 }, 0).companies;
  const parsed = rows.flatMap((row) => (row.nameEn ? (split(row.nameZh, row.nameEn) ?? []) : []));
  const r = new Random(7, 99);
  const picked = parsed.filter((_, i) => i % Math.max(1, Math.floor(parsed.length / companies)) === 0).slice(0, companies);
  const pairs = picked.flatMap((c) => [...positives(c, r), ...negatives(c, r)]);
  // Easy negatives too: two unrelated corpus companies.
  for (let i = 0; i + 1 < picked.length; i += 4) pairs.push({ a: picked[i]!.zh, b: picked[i + 1]!.en, same: false, kind: 'unrelated', source: 'synthetic' });
  return pairs;
}

export const realNamePairs: NamePair[] = realPairs.map((pair) => ({ ...pair, source: 'real' as const }));

/** The whole evaluation set. */
export function namePairs(): NamePair[] {
  return [...syntheticNamePairs(), ...realNamePairs];
}
