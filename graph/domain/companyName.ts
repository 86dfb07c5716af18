import * as OpenCC from 'opencc-js';
import {
  enBranch,
  enGroup,
  enIndustry,
  enIndustryNames,
  enLegalForms,
  enRegions,
  genericIndustries,
  nationwide,
  toneless,
  zhBranchMarkers,
  zhGroup,
  zhIndustry,
  zhLegalForms,
  longestRegionName,
  zhRegions,
  type LegalForm,
  type Region,
} from './companyNameTerms.ts';

/**
 * Chinese company names, normalised and compared. A registered name is 行政区划 + 字号 + 行业 + 组织形式
 * (《企业名称登记管理规定》第六条); the same company also appears in traditional characters, full-width,
 * with its region in brackets, with another legal-form ending, or rendered in English with its trade
 * name in pinyin ("Beijing Moumou Technology Co., Ltd."). A name is split into those parts; two names
 * are scored on the parts, each feature explained. An equal USCC always decides.
 */

export interface CompanyNameParts {
  /** The name as given. */
  input: string;
  script: 'zh' | 'latin';
  /** Simplified, half-width, no spaces or punctuation (zh); lower-case words (latin). */
  normalized: string;
  region: Region | null;
  /** 字号: what is left after region, industry words, group and legal form (zh characters or pinyin). */
  tradeName: string;
  /** The trade name in bare pinyin (for comparing across scripts). */
  tradePinyin: string;
  /** Industry concepts of the trailing industry words. */
  industry: string[];
  legalForm: LegalForm | null;
  group: boolean;
  branch: boolean;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
const brackets = /[（(]([^）)]*)[）)]/g;

/** Full-width to half-width, traditional to simplified, unified brackets, no spaces. */
export function simplifyName(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Splits a company name into region, trade name, industry, group, legal form and branch. */
export function parseCompanyName(input: string): CompanyNameParts {
  return hasHan(input) ? parseChinese(input) : parseLatin(input);
}

function parseChinese(input: string): CompanyNameParts {
  let name = simplifyName(input);
  const normalized = name;
  let branch = false;
  // A branch is "<head office name><place>分公司": compare the head office part, flagged as a branch.
  for (const marker of zhBranchMarkers) {
    if (name.endsWith(marker)) {
      branch = true;
      const head = headOfficeEnd(name.slice(0, -marker.length));
      name = head ?? name.slice(0, -marker.length);
      break;
    }
  }
  let legalForm: LegalForm | null = null;
  for (const [suffix, form] of zhLegalForms) {
    if (name.endsWith(suffix)) {
      legalForm = form;
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  let region: Region | null = null;
  const note = (found: Region) => {
    if (!region || region.key === nationwide || found.province === region.key) region = found;
  };
  // Region in brackets anywhere: 某某（北京）科技, （深圳）某某.
  name = name.replace(brackets, (whole, inner: string) => {
    const found = zhRegions.get(inner);
    if (!found) return inner;
    note(found);
    return '';
  });
  // Region prefixes, possibly several (广东省深圳市…), keeping at least two characters of name.
  for (let prefix = longestRegionPrefix(name); prefix; prefix = longestRegionPrefix(name)) {
    note(zhRegions.get(prefix)!);
    name = name.slice(prefix.length);
  }
  let group = false;
  if (name.endsWith(zhGroup)) {
    group = true;
    name = name.slice(0, -zhGroup.length);
  }
  const industry: string[] = [];
  for (let cut = true; cut; ) {
    cut = false;
    for (const [word, concept] of zhIndustry) {
      if (name.endsWith(word) && name.length - word.length >= 2) {
        if (!industry.includes(concept)) industry.unshift(concept);
        name = name.slice(0, -word.length);
        cut = true;
        break;
      }
    }
  }
  const tradeName = name.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '').toLowerCase();
  return { input, script: 'zh', normalized, region, tradeName, tradePinyin: toneless(tradeName), industry, legalForm, group, branch };
}

/** The longest region name the name starts with, leaving at least two characters. */
function longestRegionPrefix(name: string): string | undefined {
  for (let length = Math.min(longestRegionName, name.length - 2); length >= 2; length--) {
    const prefix = name.slice(0, length);
    if (zhRegions.has(prefix)) return prefix;
  }
  return undefined;
}

/** Where the head office's name ends inside a branch name (after its legal form), if it has one. */
function headOfficeEnd(name: string): string | null {
  let end = -1;
  for (const [suffix] of zhLegalForms) {
    const at = name.lastIndexOf(suffix);
    if (at >= 0 && at + suffix.length > end && at + suffix.length < name.length) end = at + suffix.length;
  }
  return end > 0 ? name.slice(0, end) : null;
}

const words = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

const endsWith = (list: string[], tail: string[]) => tail.length <= list.length && tail.every((w, i) => list[list.length - tail.length + i] === w);

function parseLatin(input: string): CompanyNameParts {
  let region: Region | null = null;
  const note = (found: Region) => {
    if (!region || region.key === nationwide || found.province === region.key) region = found;
  };
  // Bracketed words that are a region: "Moumou (Beijing) Technology".
  const unbracketed = input.normalize('NFKC').replace(brackets, (whole, inner: string) => {
    const found = enRegions.get(words(inner).join(''));
    if (!found) return ` ${inner} `;
    note(found);
    return ' ';
  });
  let list = words(unbracketed);
  const normalized = list.join(' ');
  let branch = false;
  const branchAt = list.lastIndexOf(enBranch);
  if (branchAt > 0) {
    branch = true;
    // "X Co., Ltd. Shanghai Branch": the head office's name ends at its legal form.
    const head = list.slice(0, branchAt);
    let end = head.length;
    for (let i = head.length; i > 0; i--) {
      if (enLegalForms.some(([form]) => endsWith(head.slice(0, i), form.split(' ')))) {
        end = i;
        break;
      }
    }
    list = head.slice(0, end);
  }
  let legalForm: LegalForm | null = null;
  for (let cut = true; cut; ) {
    cut = false;
    for (const [form, kind] of enLegalForms) {
      const tail = form.split(' ');
      if (endsWith(list, tail) && list.length > tail.length) {
        legalForm ??= kind;
        list = list.slice(0, -tail.length);
        cut = true;
        break;
      }
    }
  }
  const group = list.length > 1 && list[list.length - 1] === enGroup;
  if (group) list = list.slice(0, -1);
  // Leading region words (one or two: "Hong Kong", "Inner Mongolia"), and "City"/"Province" after them.
  for (let stripped = true; stripped && list.length > 1; ) {
    stripped = false;
    for (const size of [2, 1]) {
      const found = list.length > size ? enRegions.get(list.slice(0, size).join('')) : undefined;
      if (found) {
        note(found);
        list = list.slice(size);
        while (list.length > 1 && ['city', 'province', 'municipality', 'sar', 'district'].includes(list[0]!)) list = list.slice(1);
        stripped = true;
        break;
      }
    }
  }
  // A trailing region word: "Moumou Technology Beijing".
  const last = list.length > 1 ? enRegions.get(list[list.length - 1]!) : undefined;
  if (last) {
    note(last);
    list = list.slice(0, -1);
  }
  const industry: string[] = [];
  for (let cut = true; cut; ) {
    cut = false;
    for (const [tail, concept] of enIndustry) {
      if (endsWith(list, tail) && list.length > tail.length) {
        if (!industry.includes(concept)) industry.unshift(concept);
        list = list.slice(0, -tail.length);
        while (list.length > 1 && list[list.length - 1] === 'and') list = list.slice(0, -1);
        cut = true;
        break;
      }
    }
  }
  const tradeName = list.join('');
  return { input, script: 'latin', normalized, region, tradeName, tradePinyin: tradeName, industry, legalForm, group, branch };
}

/**
 * The blocking key stored on a company and indexed: the trade name in bare pinyin, so a Chinese, a
 * traditional and a pinyin-English rendering of one name meet under one key.
 */
export function nameBlockingKey(name: string): string {
  const parts = parseCompanyName(name);
  return parts.tradePinyin || parts.normalized.replace(/\s+/g, '');
}

export type FeatureCode = 'uscc' | 'trade_name' | 'industry' | 'region' | 'legal_form' | 'group' | 'branch';
export type FeatureVerdict = 'same' | 'similar' | 'unknown' | 'different';

/** One feature of a comparison: what it compared, what it found, what it did to the score. */
export interface MatchFeature {
  feature: FeatureCode;
  verdict: FeatureVerdict;
  /** The query's and the candidate's value, as compared. */
  query: string;
  candidate: string;
  /** Similarity in [0, 1] (base features) or the multiplier applied (penalties). */
  value: number;
}

export interface NameMatch {
  score: number;
  features: MatchFeature[];
}

/** Default decision threshold: at or above it, two names are taken for one company. */
export const defaultMatchThreshold = 0.8;
/** A second candidate within this of the best makes the answer ambiguous. */
export const ambiguityMargin = 0.05;

const tradeWeight = 0.7;
const industryWeight = 0.3;
/** Multipliers for a conflict: two different places, a branch against its head office, two legal forms, a group against a member. */
const penalty = { region: 0.6, branch: 0.5, legal_form: 0.75, group: 0.7, industry: 0.7 } as const;

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

/** Edit similarity, squared: one changed character in a short trade name is another company. */
function similarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const longest = Math.max([...a].length, [...b].length);
  const plain = 1 - levenshtein(a, b) / longest;
  return Math.max(0, plain) ** 2;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const regionText = (r: Region | null) => r?.key ?? '';

/** Scores two parsed names in [0, 1] with each feature's contribution. */
export function compareNames(query: CompanyNameParts, candidate: CompanyNameParts): NameMatch {
  const sameScript = query.script === candidate.script;
  const qTrade = sameScript ? query.tradeName : query.tradePinyin;
  const cTrade = sameScript ? candidate.tradeName : candidate.tradePinyin;
  const trade = similarity(qTrade, cTrade);
  const features: MatchFeature[] = [{ feature: 'trade_name', verdict: trade === 1 ? 'same' : trade > 0.5 ? 'similar' : 'different', query: qTrade, candidate: cTrade, value: round(trade) }];

  // Specific concepts decide when both names have some (互联网科技 / 电子科技 share only "technology").
  const specific = (list: string[]) => list.filter((c) => !genericIndustries.has(c));
  const bothSpecific = specific(query.industry).length > 0 && specific(candidate.industry).length > 0;
  const qIndustry = bothSpecific ? specific(query.industry) : query.industry;
  const cIndustry = bothSpecific ? specific(candidate.industry) : candidate.industry;
  const union = new Set([...qIndustry, ...cIndustry]);
  const shared = qIndustry.filter((c) => cIndustry.includes(c)).length;
  // A short form ("深圳曜澜汐") says nothing of the industry; a full name (with its legal form) without
  // industry words is another name than one with them (洛克希德·马丁公司 / 洛克希德·马丁航空公司).
  const silent = [query, candidate].find((parts) => parts.industry.length === 0);
  const industryUnknown = union.size > 0 && silent !== undefined && silent.legalForm === null;
  const industry = union.size === 0 ? 1 : industryUnknown ? 0.8 : shared / union.size;
  features.push({
    feature: 'industry',
    verdict: industryUnknown ? 'unknown' : industry === 1 ? 'same' : shared > 0 ? 'similar' : 'different',
    query: query.industry.join('+'),
    candidate: candidate.industry.join('+'),
    value: round(industry),
  });
  let score = tradeWeight * trade + industryWeight * industry;
  const factor = (feature: FeatureCode, conflict: boolean, unknown: boolean, q: string, c: string, multiplier: number) => {
    features.push({ feature, verdict: unknown ? 'unknown' : conflict ? 'different' : 'same', query: q, candidate: c, value: conflict ? multiplier : 1 });
    if (conflict) score *= multiplier;
  };
  if (!industryUnknown && union.size > 0 && shared === 0) score *= penalty.industry;

  const qr = query.region;
  const cr = candidate.region;
  const regionUnknown = !qr || !cr || qr.key === nationwide || cr.key === nationwide;
  const regionConflict = !regionUnknown && qr.key !== cr.key && qr.province !== cr.key && cr.province !== qr.key;
  factor('region', regionConflict, regionUnknown, regionText(qr), regionText(cr), penalty.region);

  // English "Co., Ltd." is written for 有限公司 and 股份有限公司 alike: only same-script forms can conflict.
  const formUnknown = !query.legalForm || !candidate.legalForm || !sameScript;
  factor('legal_form', !formUnknown && query.legalForm !== candidate.legalForm, formUnknown, query.legalForm ?? '', candidate.legalForm ?? '', penalty.legal_form);
  factor('group', query.group !== candidate.group, false, String(query.group), String(candidate.group), penalty.group);
  factor('branch', query.branch !== candidate.branch, false, String(query.branch), String(candidate.branch), penalty.branch);
  return { score: round(score), features };
}

/** Whole-record comparison: an equal (valid) USCC decides before any name is looked at. */
export function matchCompany(query: { name: string; uscc?: string | null }, candidate: { names: readonly string[]; uscc?: string | null }): NameMatch {
  if (query.uscc && candidate.uscc && query.uscc.trim().toUpperCase() === candidate.uscc.trim().toUpperCase()) {
    return { score: 1, features: [{ feature: 'uscc', verdict: 'same', query: query.uscc, candidate: candidate.uscc, value: 1 }] };
  }
  const parsed = parseCompanyName(query.name);
  let best: NameMatch | undefined;
  for (const name of candidate.names) {
    const match = compareNames(parsed, parseCompanyName(name));
    if (!best || match.score > best.score) best = match;
  }
  return best ?? { score: 0, features: [] };
}

/** A feature list in words (for CLI and CSV output; the explorer words it itself from the codes). */
export function explainMatch(match: NameMatch): string {
  return match.features
    .filter((f) => f.verdict !== 'unknown' || f.feature === 'region')
    .map((f) => `${f.feature} ${f.verdict}${f.query || f.candidate ? ` (${f.query || '–'} / ${f.candidate || '–'})` : ''}`)
    .join('; ');
}

/** English words of a legal form, as registrations render them. */
const enLegalFormWords: Record<LegalForm, string> = {
  limited: 'Co., Ltd.',
  joint_stock: 'Co., Ltd.',
  partnership: 'Partnership',
  sole: 'Sole Proprietorship',
  company: 'Company',
};

/** Regions whose English name is not their pinyin. */
const enRegionWords: Record<string, string> = { xianggang: 'Hong Kong', aomen: 'Macao', neimenggu: 'Inner Mongolia', zhongguo: 'China' };

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A pinyin-English rendering of a Chinese company name for English readers when no English name is
 * recorded, the way such names are usually rendered: region and trade name (字号) in pinyin, industry,
 * group and legal form in English ("北京鹭港科技有限公司" → "Beijing Lugang Technology Co., Ltd.").
 * It is a reading aid, not the company's name: null for a name that is not Chinese.
 */
export function englishRendering(nameZh: string): string | null {
  const parts = parseCompanyName(nameZh);
  if (parts.script !== 'zh' || parts.tradePinyin === '') return null;
  const words = [
    parts.region ? (enRegionWords[parts.region.key] ?? capitalised(parts.region.key)) : null,
    capitalised(parts.tradePinyin),
    ...parts.industry.map((concept) => enIndustryNames.get(concept) ?? null),
    parts.group ? 'Group' : null,
    parts.legalForm ? enLegalFormWords[parts.legalForm] : null,
    parts.branch ? 'Branch' : null,
  ];
  return words.filter((word): word is string => word !== null).join(' ');
}
