/**
 * The exposure score in words, both languages: the API gives each term's numbers and codes
 * (graph/domain/exposureScore.ts) and the explorer says what they mean. Part of the web's i18n.
 */
import { formatShare } from './format.ts';
import { codeName, relName } from './i18n.ts';
import type { Lang } from './state/route.ts';

export interface ScoreTermLike {
  name: string;
  value: number;
  level?: string | null;
  factors?: readonly number[] | null;
  relation?: string | null;
  role?: string | null;
  fraction?: number | null;
}

export interface SeverityLike {
  level: string;
  listKind: string;
  punishmentMeasures: number;
  implementingAgencies: number;
}

const termNames: Record<string, Record<Lang, string>> = {
  severity: { zh: '严重程度', en: 'severity' },
  link: { zh: '关联强度', en: 'link' },
  step: { zh: '单步权重', en: 'step' },
  ownership: { zh: '股权', en: 'ownership' },
};

const levelNames: Record<string, Record<Lang, string>> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
  none: { zh: '不计分', en: 'none' },
};

export const termName = (lang: Lang, name: string) => termNames[name]?.[lang] ?? name;
export const levelName = (lang: Lang, level: string) => levelNames[level]?.[lang] ?? level;

/** Why a list weighs what it weighs at the date. */
export function severityReason(lang: Lang, severity: SeverityLike): string {
  const zh = lang === 'zh';
  const { punishmentMeasures: measures, implementingAgencies: agencies } = severity;
  switch (severity.level) {
    case 'none':
      return zh ? `${codeName('zh', severity.listKind)}：列示，不计分` : `${codeName('en', severity.listKind)}: reported, not scored`;
    case 'low':
      return zh ? '该名单在此日期未记录惩戒措施' : 'no punishment measure recorded for this list at the date';
    case 'high':
      return zh ? `联合惩戒：${agencies} 个部门实施 ${measures} 项惩戒措施` : `joint punishment: ${measures} punishment measure${measures === 1 ? '' : 's'} by ${agencies} agencies`;
    default:
      return zh ? `1 个部门实施 ${measures} 项惩戒措施` : `${measures} punishment measure${measures === 1 ? '' : 's'} by one agency`;
  }
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** What one term was computed from, in the reader's language. */
export function termExplanation(lang: Lang, term: ScoreTermLike): string {
  const zh = lang === 'zh';
  switch (term.name) {
    case 'severity':
      return levelName(lang, term.level ?? '');
    case 'link':
      return term.factors?.length ? term.factors.map(round).join(' × ') : zh ? '无关联' : 'no link';
    case 'ownership':
      return zh ? `穿透持股 ${formatShare(term.fraction)}：0.3 + 0.7 × ${round(term.fraction ?? 0)}` : `ownership chain, integrated ${formatShare(term.fraction)}: 0.3 + 0.7 × ${round(term.fraction ?? 0)}`;
    default:
      return stepExplanation(lang, term);
  }
}

function stepExplanation(lang: Lang, term: ScoreTermLike): string {
  const zh = lang === 'zh';
  if (term.relation === 'SHAREHOLDER_OF') {
    if (term.fraction == null) return zh ? '持股比例不详：0.3' : 'shareholding of unknown size: 0.3';
    return `${zh ? '持股' : 'shareholding'} ${formatShare(term.fraction)}${zh ? '：' : ': '}0.3 + 0.7 × ${round(term.fraction)}`;
  }
  const what = term.relation === 'OFFICER_OF' ? (codeName(lang, term.role) ?? (zh ? '高管' : 'officer')) : relName(lang, term.relation ?? '');
  return `${what}${zh ? '：' : ': '}${term.value}`;
}

/** The score's formula, for the hit panel. */
export function scoreFormula(lang: Lang): string {
  return lang === 'zh'
    ? '评分 = round(100 × 严重程度 × 关联强度)；关联强度 = 各步权重之积，纯股权链条为 0.3 + 0.7 × 穿透持股比例'
    : 'score = round(100 × severity × link); link = product of step weights, or 0.3 + 0.7 × integrated ownership on a pure ownership chain';
}
