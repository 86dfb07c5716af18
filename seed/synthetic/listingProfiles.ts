/**
 * How often synthetic subjects land on each real list, and how their listings run: the normal term,
 * the share that end early (credit repair, or removal once the obligation is met) and the reasons
 * given. Rates are per company (or per person) over the whole period; they are chosen to look like
 * the published picture (the abnormal-operations directory is by far the largest; serious
 * dishonesty lists are rare), not measured. Terms follow the fact base (seed/reference/data/lists.json).
 */
export interface ListingProfile {
  listId: string;
  subject: 'company' | 'person';
  /** Probability that one subject has a listing on this list. */
  rate: number;
  /** GB/T 4754 section letters that raise the rate tenfold (e.g. construction for wage arrears). */
  riskySections?: string;
  /** Listing start dates are drawn from this period (and never after the corpus date). */
  fromYears: [number, number];
  /** Normal term in years; null = until the obligation is met (no end date). */
  termYears: number | null;
  /** Share of listings that end early, with what status and after how many days. */
  earlyEnd?: { share: number; status: 'repaired' | 'removed'; minDays: number; maxDays: number };
  reasons: string[];
}

export const listingProfiles: ListingProfile[] = [
  {
    listId: 'spc_dishonest_judgment_debtors',
    subject: 'company',
    rate: 0.035,
    fromYears: [2016, 2026],
    termYears: null,
    earlyEnd: { share: 0.35, status: 'removed', minDays: 20, maxDays: 600 },
    reasons: [
      '有履行能力而拒不履行生效法律文书确定义务',
      '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
      '违反财产报告制度',
      '违反限制消费令',
    ],
  },
  {
    listId: 'spc_dishonest_judgment_debtors',
    subject: 'person',
    rate: 0.004,
    fromYears: [2016, 2026],
    termYears: 2,
    earlyEnd: { share: 0.3, status: 'removed', minDays: 20, maxDays: 500 },
    reasons: ['有履行能力而拒不履行生效法律文书确定义务', '违反财产报告制度'],
  },
  {
    listId: 'sat_major_tax_violation',
    subject: 'company',
    rate: 0.006,
    fromYears: [2016, 2026],
    termYears: 3,
    earlyEnd: { share: 0.2, status: 'repaired', minDays: 180, maxDays: 700 },
    reasons: ['偷税', '虚开增值税专用发票', '骗取出口退税', '逃避追缴欠税'],
  },
  {
    listId: 'samr_abnormal_operations',
    subject: 'company',
    rate: 0.07,
    fromYears: [2015, 2026],
    termYears: null,
    earlyEnd: { share: 0.6, status: 'removed', minDays: 10, maxDays: 400 },
    reasons: ['未按照规定期限公示年度报告', '通过登记的住所或者经营场所无法联系', '公示企业信息隐瞒真实情况、弄虚作假'],
  },
  {
    listId: 'samr_serious_illegal_dishonest',
    subject: 'company',
    rate: 0.005,
    riskySections: 'CH',
    fromYears: [2017, 2026],
    termYears: 3,
    earlyEnd: { share: 0.25, status: 'repaired', minDays: 366, maxDays: 800 },
    reasons: ['因食品安全违法行为受到较重行政处罚', '被列入经营异常名录届满3年仍未履行相关义务', '虚假广告', '不正当竞争'],
  },
  {
    listId: 'gacc_dishonest_enterprises',
    subject: 'company',
    rate: 0.002,
    riskySections: 'CF',
    fromYears: [2018, 2026],
    termYears: 1,
    earlyEnd: { share: 0.2, status: 'repaired', minDays: 120, maxDays: 300 },
    reasons: ['走私违法', '拖欠应缴税款', '报关差错率高于规定标准'],
  },
  {
    listId: 'mohrss_wage_arrears',
    subject: 'company',
    rate: 0.002,
    riskySections: 'E',
    fromYears: [2022, 2026],
    termYears: 3,
    earlyEnd: { share: 0.25, status: 'repaired', minDays: 183, maxDays: 700 },
    reasons: ['克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准'],
  },
  {
    listId: 'mof_gov_procurement_serious',
    subject: 'company',
    rate: 0.002,
    fromYears: [2018, 2026],
    termYears: 3,
    reasons: ['提供虚假材料谋取中标、成交', '与采购人、其他供应商恶意串通'],
  },
  {
    listId: 'mem_safety_production_serious',
    subject: 'company',
    rate: 0.0015,
    riskySections: 'BCD',
    fromYears: [2023, 2026],
    termYears: 3,
    earlyEnd: { share: 0.3, status: 'repaired', minDays: 366, maxDays: 700 },
    reasons: ['发生较大生产安全事故', '瞒报、谎报生产安全事故'],
  },
  {
    listId: 'mee_environmental_bad_credit',
    subject: 'company',
    rate: 0.002,
    riskySections: 'BCDN',
    fromYears: [2016, 2026],
    termYears: 1,
    reasons: ['未批先建', '恶意排放污染物'],
  },
  {
    listId: 'key_attention_list',
    subject: 'company',
    rate: 0.005,
    fromYears: [2018, 2026],
    termYears: 1,
    reasons: ['存在失信行为，尚未达到严重失信主体认定标准'],
  },
  {
    listId: 'public_resource_trading_serious',
    subject: 'company',
    rate: 0.001,
    riskySections: 'E',
    fromYears: [2018, 2026],
    termYears: 3,
    reasons: ['围标串标', '弄虚作假骗取中标'],
  },
  {
    listId: 'quality_serious',
    subject: 'company',
    rate: 0.001,
    riskySections: 'C',
    fromYears: [2016, 2018],
    termYears: 3,
    reasons: ['生产销售不合格产品'],
  },
  {
    listId: 'statistics_serious',
    subject: 'company',
    rate: 0.0005,
    fromYears: [2018, 2026],
    termYears: 3,
    reasons: ['提供不真实统计资料'],
  },
  {
    listId: 'caac_flight_restriction_list',
    subject: 'person',
    rate: 0.001,
    fromYears: [2018, 2026],
    termYears: 1,
    reasons: ['在其他领域被认定为严重失信的责任人'],
  },
  {
    listId: 'railway_travel_restriction_list',
    subject: 'person',
    rate: 0.001,
    fromYears: [2018, 2026],
    termYears: 1,
    reasons: ['在动车组列车上吸烟', '在其他领域被认定为严重失信的责任人'],
  },
  {
    listId: 'gacc_advanced_certified',
    subject: 'company',
    rate: 0.002,
    riskySections: 'CF',
    fromYears: [2015, 2026],
    termYears: null,
    reasons: ['经海关认证为高级认证企业'],
  },
];

/** The list that judgment debtors' consumption restriction orders go on, with the same start date. */
export const consumptionRestrictionListId = 'spc_consumption_restriction';
/** Tax grades: scheme, distribution, and the redlist A grades lead to. */
export const taxGradeScheme = 'g_tax_credit';
export const taxGradeDistribution: Array<[grade: string, weight: number]> = [
  ['A', 12],
  ['B', 55],
  ['M', 15],
  ['C', 12],
  ['D', 6],
];
export const aGradeRedlistId = 'sat_a_grade_taxpayers';
export const taxGradeYears = [2023, 2024, 2025];
