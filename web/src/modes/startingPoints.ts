import type { Mode } from '../state/route.ts';

export interface StartingPoint {
  id: string;
  mode: Mode;
  /** Paths: the other end. */
  target?: string;
  zh: string;
  en: string;
}

/**
 * The demo story's fictitious subjects, each opened in the mode that tells its part of the story.
 * The ids are those of seed/synthetic/demoStory.ts (test/web/startingPoints.test.ts keeps them equal;
 * the bundle does not import the seed code).
 */
export const demoSubjects = {
  judgmentDebtor: '91440305MXDEM0015Q',
  judgmentDebtorLegalRep: 'p-demo-01',
  blacklistedParent: '91440106MXDEM004XA',
  subsidiary: '91440106MXDEM0058A',
  supplierTwoHopsBelow: '91440600MXDEM00668',
  crossHoldingA: '91330106MXDEM00745',
  redlistedATaxpayer: '91320505MXDEM0090W',
  repairedListingCompany: '91510100MXDEM0103Y',
} as const;

const d = demoSubjects;

export const demoStartingPoints: StartingPoint[] = [
  { id: d.judgmentDebtor, mode: 'trace', zh: '失信被执行人 深圳市曜澜汐贸易有限公司：惩戒追溯', en: 'Judgment debtor Shenzhen Yaolanxi Trading: sanction trace' },
  { id: d.judgmentDebtorLegalRep, mode: 'explore', zh: '其法定代表人 郑海潮：任职的三家企业', en: 'Its legal representative Zheng Haichao: three companies' },
  { id: d.supplierTwoHopsBelow, mode: 'exposure', zh: '供应商 佛山市禾峻昇五金制品：两层股权之上的黑名单母公司', en: 'Supplier Foshan Hejunsheng Hardware: a blacklisted parent two holdings up' },
  { id: d.subsidiary, mode: 'ownership', zh: '广州市禾峻昇实业：股权穿透、最终受益人与实际控制人', en: 'Guangzhou Hejunsheng Industrial: ownership, ultimate owners, controller' },
  { id: d.supplierTwoHopsBelow, target: 'p-demo-03', mode: 'paths', zh: '从供应商到集团董事长 邓睿哲 的路径', en: 'Paths from the supplier to the group chair Deng Ruizhe' },
  { id: d.crossHoldingA, mode: 'ownership', zh: '交叉持股：杭州市沣屹晟科技 ⇄ 宁波市屹沣晟新材料', en: 'Cross-holding: Hangzhou Fengyisheng ⇄ Ningbo Yifengsheng' },
  { id: d.redlistedATaxpayer, mode: 'explore', zh: 'A 级纳税人（红名单）苏州市琪翊珩精密机械', en: 'A-grade taxpayer (redlist) Suzhou Qiyiheng Precision Machinery' },
  { id: d.repairedListingCompany, mode: 'explore', zh: '已信用修复：成都市璟翊昀餐饮管理（2023 年修复）', en: 'Credit repaired: Chengdu Jingyiyun Catering (repaired 2023)' },
];

/** Reference entities every install has: the machinery itself. */
export const systemStartingPoints: StartingPoint[] = [
  { id: 'mou_2016_judgment_debtors', mode: 'explore', zh: '失信被执行人联合惩戒备忘录（发改财金〔2016〕141号）', en: 'Judgment-debtor joint punishment memorandum (2016)' },
  { id: 'spc_dishonest_judgment_debtors', mode: 'explore', zh: '失信被执行人名单', en: 'Dishonest judgment-debtor list' },
  { id: 'm_high_consumption_restriction', mode: 'explore', zh: '限制高消费', en: 'High-consumption restriction' },
];

/** A small CSV of demo subjects for a first screening (one invalid USCC and one name among them). */
export const demoScreeningCsv = ['subject', d.supplierTwoHopsBelow, d.judgmentDebtor, d.redlistedATaxpayer, '91440600MXDEM00669', '深圳市曜澜汐物流有限公司'].join('\n');
