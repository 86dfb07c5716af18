/**
 * Industries by real GB/T 4754-2017 code (section letter + 2-digit division), each with the words a
 * company name of that trade uses (zh, en) and a weight for how common it is among new companies.
 */
export interface Industry {
  code: string;
  nameZh: string;
  words: Array<[zh: string, en: string]>;
  weight: number;
}

// prettier-ignore
export const industries: Industry[] = [
  { code: 'A01', nameZh: '农业', words: [['农业发展', 'Agricultural Development'], ['生态农业', 'Eco-Agriculture']], weight: 2 },
  { code: 'B06', nameZh: '煤炭开采和洗选业', words: [['矿业', 'Mining']], weight: 1 },
  { code: 'C13', nameZh: '农副食品加工业', words: [['食品', 'Food'], ['粮油', 'Grain and Oil']], weight: 2 },
  { code: 'C26', nameZh: '化学原料和化学制品制造业', words: [['化工', 'Chemical'], ['新材料', 'New Materials']], weight: 2 },
  { code: 'C27', nameZh: '医药制造业', words: [['生物医药', 'Biopharmaceutical'], ['药业', 'Pharmaceutical']], weight: 1 },
  { code: 'C30', nameZh: '非金属矿物制品业', words: [['建材', 'Building Materials']], weight: 1 },
  { code: 'C33', nameZh: '金属制品业', words: [['五金制品', 'Hardware Products'], ['金属制品', 'Metal Products']], weight: 2 },
  { code: 'C34', nameZh: '通用设备制造业', words: [['机械设备', 'Machinery'], ['精密机械', 'Precision Machinery']], weight: 2 },
  { code: 'C36', nameZh: '汽车制造业', words: [['汽车零部件', 'Auto Parts']], weight: 1 },
  { code: 'C38', nameZh: '电气机械和器材制造业', words: [['电气', 'Electric'], ['新能源科技', 'New Energy Technology']], weight: 2 },
  { code: 'C39', nameZh: '计算机、通信和其他电子设备制造业', words: [['电子科技', 'Electronic Technology'], ['通信设备', 'Communication Equipment']], weight: 3 },
  { code: 'D44', nameZh: '电力、热力生产和供应业', words: [['能源', 'Energy'], ['电力', 'Power']], weight: 1 },
  { code: 'E47', nameZh: '房屋建筑业', words: [['建设', 'Construction'], ['建筑工程', 'Building Engineering']], weight: 2 },
  { code: 'E48', nameZh: '土木工程建筑业', words: [['路桥工程', 'Road and Bridge Engineering'], ['市政工程', 'Municipal Engineering']], weight: 1 },
  { code: 'E50', nameZh: '建筑装饰、装修和其他建筑业', words: [['装饰工程', 'Decoration Engineering']], weight: 2 },
  { code: 'F51', nameZh: '批发业', words: [['贸易', 'Trading'], ['商贸', 'Commerce and Trade'], ['供应链管理', 'Supply Chain Management']], weight: 8 },
  { code: 'F52', nameZh: '零售业', words: [['商业', 'Commercial'], ['百货', 'Department Store']], weight: 4 },
  { code: 'G54', nameZh: '道路运输业', words: [['运输', 'Transport']], weight: 2 },
  { code: 'G58', nameZh: '多式联运和运输代理业', words: [['物流', 'Logistics'], ['国际货运代理', 'International Freight Forwarding']], weight: 3 },
  { code: 'H61', nameZh: '住宿业', words: [['酒店管理', 'Hotel Management']], weight: 1 },
  { code: 'H62', nameZh: '餐饮业', words: [['餐饮管理', 'Catering Management']], weight: 2 },
  { code: 'I64', nameZh: '互联网和相关服务', words: [['网络科技', 'Network Technology'], ['互联网科技', 'Internet Technology']], weight: 4 },
  { code: 'I65', nameZh: '软件和信息技术服务业', words: [['信息技术', 'Information Technology'], ['软件', 'Software'], ['科技', 'Technology']], weight: 6 },
  { code: 'J67', nameZh: '资本市场服务', words: [['资产管理', 'Asset Management']], weight: 1 },
  { code: 'J69', nameZh: '其他金融业', words: [['投资', 'Investment']], weight: 2 },
  { code: 'K70', nameZh: '房地产业', words: [['置业', 'Real Estate'], ['房地产开发', 'Real Estate Development']], weight: 3 },
  { code: 'L72', nameZh: '商务服务业', words: [['企业管理咨询', 'Business Management Consulting'], ['实业', 'Industrial'], ['文化传媒', 'Culture and Media']], weight: 7 },
  { code: 'M73', nameZh: '研究和试验发展', words: [['生物科技', 'Biotechnology']], weight: 1 },
  { code: 'M75', nameZh: '科技推广和应用服务业', words: [['科技发展', 'Technology Development'], ['环保科技', 'Environmental Technology']], weight: 3 },
  { code: 'N77', nameZh: '生态保护和环境治理业', words: [['环境工程', 'Environmental Engineering']], weight: 1 },
  { code: 'P83', nameZh: '教育', words: [['教育科技', 'Education Technology']], weight: 1 },
  { code: 'R87', nameZh: '广播、电视、电影和录音制作业', words: [['影视文化', 'Film and Television Culture']], weight: 1 },
];

/** The industry of holding companies (investment holding, J69). */
export const holdingIndustry = industries.find((i) => i.code === 'J69')!;
