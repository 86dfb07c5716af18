/**
 * GB/T 4754-2017 (国民经济行业分类) names: the 20 sections (门类, a letter) and the divisions (大类,
 * two digits) the data uses, in Chinese and English. A code like F51 shows its division name, else
 * its section's; unknown codes stay as they are. The one table: the API words a company's industry
 * with it (Company.industryName) for the explorer, and the credit report prints the same words.
 * Source: GB/T 4754-2017, National Bureau of Statistics, https://www.stats.gov.cn/xxgk/tjbz/gjtjbz/201710/t20171017_1758922.html
 */
export type Lang = 'zh' | 'en';

type Names = Record<Lang, string>;

const sections: Record<string, Names> = {
  A: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { zh: '采矿业', en: 'Mining' },
  C: { zh: '制造业', en: 'Manufacturing' },
  D: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water production and supply' },
  E: { zh: '建筑业', en: 'Construction' },
  F: { zh: '批发和零售业', en: 'Wholesale and retail trade' },
  G: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  H: { zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { zh: '金融业', en: 'Finance' },
  K: { zh: '房地产业', en: 'Real estate' },
  L: { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  M: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { zh: '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' },
  O: { zh: '居民服务、修理和其他服务业', en: 'Resident services, repair and other services' },
  P: { zh: '教育', en: 'Education' },
  Q: { zh: '卫生和社会工作', en: 'Health and social work' },
  R: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: { zh: '公共管理、社会保障和社会组织', en: 'Public administration, social security and social organisations' },
  T: { zh: '国际组织', en: 'International organisations' },
};

const divisions: Record<string, Names> = {
  '01': { zh: '农业', en: 'Agriculture' },
  '06': { zh: '煤炭开采和洗选业', en: 'Coal mining and washing' },
  '13': { zh: '农副食品加工业', en: 'Processing of agricultural and sideline food products' },
  '26': { zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and chemical products' },
  '27': { zh: '医药制造业', en: 'Pharmaceuticals' },
  '30': { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
  '33': { zh: '金属制品业', en: 'Metal products' },
  '34': { zh: '通用设备制造业', en: 'General-purpose machinery' },
  '36': { zh: '汽车制造业', en: 'Motor vehicles' },
  '38': { zh: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
  '39': { zh: '计算机、通信和其他电子设备制造业', en: 'Computers, communication and other electronic equipment' },
  '44': { zh: '电力、热力生产和供应业', en: 'Electricity and heat production and supply' },
  '47': { zh: '房屋建筑业', en: 'Building construction' },
  '48': { zh: '土木工程建筑业', en: 'Civil engineering' },
  '50': { zh: '建筑装饰、装修和其他建筑业', en: 'Building decoration, renovation and other construction' },
  '51': { zh: '批发业', en: 'Wholesale trade' },
  '52': { zh: '零售业', en: 'Retail trade' },
  '54': { zh: '道路运输业', en: 'Road transport' },
  '58': { zh: '多式联运和运输代理业', en: 'Multimodal transport and freight forwarding' },
  '61': { zh: '住宿业', en: 'Accommodation' },
  '62': { zh: '餐饮业', en: 'Catering' },
  '64': { zh: '互联网和相关服务', en: 'Internet and related services' },
  '65': { zh: '软件和信息技术服务业', en: 'Software and IT services' },
  '66': { zh: '货币金融服务', en: 'Monetary and financial services' },
  '67': { zh: '资本市场服务', en: 'Capital market services' },
  '68': { zh: '保险业', en: 'Insurance' },
  '69': { zh: '其他金融业', en: 'Other financial services' },
  '70': { zh: '房地产业', en: 'Real estate' },
  '71': { zh: '租赁业', en: 'Leasing' },
  '72': { zh: '商务服务业', en: 'Business services' },
  '73': { zh: '研究和试验发展', en: 'Research and experimental development' },
  '74': { zh: '专业技术服务业', en: 'Professional technical services' },
  '75': { zh: '科技推广和应用服务业', en: 'Technology promotion and application services' },
  '77': { zh: '生态保护和环境治理业', en: 'Ecological protection and environmental management' },
  '83': { zh: '教育', en: 'Education' },
  '84': { zh: '卫生', en: 'Health' },
  '87': { zh: '广播、电视、电影和录音制作业', en: 'Radio, television, film and sound recording' },
};

/** "批发业（F51）" / "Wholesale trade (F51)". */
export function industryName(lang: Lang, code: string | null | undefined): string | null {
  if (!code) return null;
  const match = /^([A-T])(\d{2})?/.exec(code.toUpperCase());
  const names = match ? ((match[2] && divisions[match[2]]) || sections[match[1]!]) : undefined;
  if (!names) return code;
  return lang === 'zh' ? `${names.zh}（${code}）` : `${names.en} (${code})`;
}
