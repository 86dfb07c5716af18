import type { ListKind } from '../api/generated.ts';

/**
 * How each node kind looks: a distinct shape AND a colour from the Okabe–Ito palette (safe for the
 * common colour-vision deficiencies), so kinds stay apart in greyscale prints too. The legend and
 * the Cytoscape stylesheet both read this table.
 */

export const kindNames = [
  'Company',
  'Person',
  'Agency',
  'Platform',
  'CreditList',
  'PolicyDocument',
  'Measure',
  'GradeScheme',
  'Listing',
  'Grade',
  'CreditRecord',
] as const;
export type KindName = (typeof kindNames)[number];

export interface KindLook {
  /** Cytoscape node shape. */
  shape: string;
  /** Fill colour. */
  colour: string;
  /** Label colour that stays readable on the fill, for the legend chips. */
  ink: string;
  zh: string;
  en: string;
}

export const kindLooks: Record<KindName, KindLook> = {
  Company: { shape: 'round-rectangle', colour: '#0072B2', ink: '#fff', zh: '企业', en: 'Company' },
  Person: { shape: 'ellipse', colour: '#E69F00', ink: '#000', zh: '自然人', en: 'Person' },
  Agency: { shape: 'hexagon', colour: '#009E73', ink: '#fff', zh: '机关', en: 'Agency' },
  Platform: { shape: 'barrel', colour: '#56B4E9', ink: '#000', zh: '平台', en: 'Platform' },
  CreditList: { shape: 'tag', colour: '#D55E00', ink: '#fff', zh: '名单', en: 'Credit list' },
  PolicyDocument: { shape: 'rhomboid', colour: '#CC79A7', ink: '#000', zh: '文件', en: 'Document' },
  Measure: { shape: 'diamond', colour: '#F0E442', ink: '#000', zh: '惩戒/激励措施', en: 'Measure' },
  GradeScheme: { shape: 'octagon', colour: '#999999', ink: '#000', zh: '评级体系', en: 'Grade scheme' },
  Listing: { shape: 'triangle', colour: '#444444', ink: '#fff', zh: '列入记录', en: 'Listing' },
  Grade: { shape: 'star', colour: '#8C6BB1', ink: '#fff', zh: '评级', en: 'Grade' },
  CreditRecord: { shape: 'tag', colour: '#B3B3B3', ink: '#000', zh: '信用记录', en: 'Credit record' },
};

export function kindLook(kind: string): KindLook {
  return kindLooks[kind as KindName] ?? { shape: 'ellipse', colour: '#777777', ink: '#fff', zh: kind, en: kind };
}

/** How the canvas marks a party with an active listing, per tone of graph/domain/listKinds.ts: distinguishable without colour (thick solid vs double border). */
export interface ListKindLook {
  /** The tone the domain's list-kind policy gives the kind (test/domain/listKinds.test.ts checks they agree). */
  tone: 'warning' | 'credit';
  /** Class on the canvas node, the legend chip and the profile badge. */
  className: string;
  colour: string;
  width: number;
  style: 'solid' | 'double';
  glyph: string;
  /** Legend text. */
  zh: string;
  en: string;
  /** Profile badge text. */
  badge: { zh: string; en: string };
}

/** Every list kind of the API's `ListKind`, with its look or null when the canvas does not mark it. */
export const listKindLooks: Record<ListKind, ListKindLook | null> = {
  blacklist: {
    tone: 'warning',
    className: 'blacklisted',
    colour: '#000000',
    width: 6,
    style: 'solid',
    glyph: '⚠',
    zh: '失信/黑名单（现行）',
    en: 'On a blacklist (active)',
    badge: { zh: '黑名单（现行）', en: 'Blacklisted' },
  },
  redlist: {
    tone: 'credit',
    className: 'redlisted',
    colour: '#009E73',
    width: 6,
    style: 'double',
    glyph: '✓',
    zh: '红名单（现行）',
    en: 'On a redlist (active)',
    badge: { zh: '红名单（现行）', en: 'Redlisted' },
  },
  watchlist: null,
  abnormal_operations: null,
};

/** The looks of the kinds the canvas marks, in the API's order. */
export const markedListKinds = (Object.entries(listKindLooks) as Array<[ListKind, ListKindLook | null]>).flatMap(([kind, look]) => (look ? [{ kind, look }] : []));

/** The looks of a party's active list kinds (unmarked and unknown kinds left out). */
export function looksOf(kinds: readonly string[] | null | undefined): ListKindLook[] {
  return markedListKinds.filter(({ kind }) => kinds?.includes(kind)).map(({ look }) => look);
}
