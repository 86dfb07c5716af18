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

/** Border marks for list status, distinguishable without colour: thick solid (blacklist) vs double (redlist). */
export const statusLooks = {
  blacklisted: { colour: '#000000', width: 6, style: 'solid', glyph: '⚠', zh: '失信/黑名单（现行）', en: 'On a blacklist (active)' },
  redlisted: { colour: '#009E73', width: 6, style: 'double', glyph: '✓', zh: '红名单（现行）', en: 'On a redlist (active)' },
} as const;
