import type { Mode } from '../state/route.ts';

/** The memorandum at the centre of joint punishment: the first screen shows its neighbourhood. */
export const systemCentre = 'mou_2016_judgment_debtors';

export interface StartingPoint {
  id: string;
  mode: Mode;
  zh: string;
  en: string;
}

/** Reference entities every install has; the demo story's companies are added when the seed exports them. */
export const demoStartingPoints: StartingPoint[] = [
  { id: 'mou_2016_judgment_debtors', mode: 'explore', zh: '失信被执行人联合惩戒备忘录（发改财金〔2016〕141号）', en: 'Judgment-debtor joint punishment memorandum (2016)' },
  { id: 'spc_dishonest_judgment_debtors', mode: 'explore', zh: '失信被执行人名单', en: 'Dishonest judgment-debtor list' },
  { id: 'm_high_consumption_restriction', mode: 'explore', zh: '限制高消费', en: 'High-consumption restriction' },
];
