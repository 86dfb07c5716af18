/**
 * A compact table of real GB/T 2260 administrative division codes (provinces, prefecture-level
 * cities and some urban districts) for synthetic companies, with a weight for how many companies
 * register there. Not complete: enough for plausible geography, with the big economic centres heavy.
 */
export interface City {
  code: string;
  nameZh: string;
  nameEn: string;
  province: string;
  provinceZh: string;
  provinceEn: string;
  weight: number;
  /** Urban districts [code, nameZh, nameEn]; companies register at the city or one of these. */
  districts: Array<[string, string, string]>;
}

type Row = [code: string, nameZh: string, nameEn: string, weight: number, districts?: Array<[string, string, string]>];

// prettier-ignore
const provinces: Array<[code: string, nameZh: string, nameEn: string, cities: Row[]]> = [
  ['110000', '北京市', 'Beijing', [['110000', '北京市', 'Beijing', 9, [['110101', '东城区', 'Dongcheng'], ['110102', '西城区', 'Xicheng'], ['110105', '朝阳区', 'Chaoyang'], ['110106', '丰台区', 'Fengtai'], ['110108', '海淀区', 'Haidian'], ['110112', '通州区', 'Tongzhou'], ['110114', '昌平区', 'Changping'], ['110115', '大兴区', 'Daxing']]]]],
  ['120000', '天津市', 'Tianjin', [['120000', '天津市', 'Tianjin', 3, [['120101', '和平区', 'Heping'], ['120104', '南开区', 'Nankai'], ['120116', '滨海新区', 'Binhai']]]]],
  ['310000', '上海市', 'Shanghai', [['310000', '上海市', 'Shanghai', 10, [['310101', '黄浦区', 'Huangpu'], ['310104', '徐汇区', 'Xuhui'], ['310105', '长宁区', 'Changning'], ['310106', '静安区', "Jing'an"], ['310110', '杨浦区', 'Yangpu'], ['310112', '闵行区', 'Minhang'], ['310115', '浦东新区', 'Pudong']]]]],
  ['500000', '重庆市', 'Chongqing', [['500000', '重庆市', 'Chongqing', 3, [['500103', '渝中区', 'Yuzhong'], ['500105', '江北区', 'Jiangbei'], ['500112', '渝北区', 'Yubei']]]]],
  ['440000', '广东省', 'Guangdong', [
    ['440100', '广州市', 'Guangzhou', 8, [['440103', '荔湾区', 'Liwan'], ['440104', '越秀区', 'Yuexiu'], ['440105', '海珠区', 'Haizhu'], ['440106', '天河区', 'Tianhe'], ['440111', '白云区', 'Baiyun'], ['440113', '番禺区', 'Panyu']]],
    ['440300', '深圳市', 'Shenzhen', 10, [['440303', '罗湖区', 'Luohu'], ['440304', '福田区', 'Futian'], ['440305', '南山区', 'Nanshan'], ['440306', '宝安区', "Bao'an"], ['440307', '龙岗区', 'Longgang']]],
    ['440200', '韶关市', 'Shaoguan', 1],
    ['440400', '珠海市', 'Zhuhai', 2, [['440402', '香洲区', 'Xiangzhou']]],
    ['440600', '佛山市', 'Foshan', 4, [['440604', '禅城区', 'Chancheng'], ['440606', '顺德区', 'Shunde']]],
    ['441300', '惠州市', 'Huizhou', 2],
    ['441900', '东莞市', 'Dongguan', 5],
    ['442000', '中山市', 'Zhongshan', 2],
  ]],
  ['330000', '浙江省', 'Zhejiang', [
    ['330100', '杭州市', 'Hangzhou', 7, [['330102', '上城区', 'Shangcheng'], ['330105', '拱墅区', 'Gongshu'], ['330106', '西湖区', 'Xihu'], ['330108', '滨江区', 'Binjiang'], ['330110', '余杭区', 'Yuhang']]],
    ['330200', '宁波市', 'Ningbo', 4, [['330203', '海曙区', 'Haishu'], ['330212', '鄞州区', 'Yinzhou']]],
    ['330300', '温州市', 'Wenzhou', 3, [['330302', '鹿城区', 'Lucheng']]],
    ['330400', '嘉兴市', 'Jiaxing', 2],
    ['330600', '绍兴市', 'Shaoxing', 2],
    ['330700', '金华市', 'Jinhua', 2],
    ['331000', '台州市', 'Taizhou', 2],
  ]],
  ['320000', '江苏省', 'Jiangsu', [
    ['320100', '南京市', 'Nanjing', 5, [['320102', '玄武区', 'Xuanwu'], ['320105', '建邺区', 'Jianye'], ['320106', '鼓楼区', 'Gulou']]],
    ['320200', '无锡市', 'Wuxi', 3, [['320214', '新吴区', 'Xinwu']]],
    ['320300', '徐州市', 'Xuzhou', 2],
    ['320400', '常州市', 'Changzhou', 2],
    ['320500', '苏州市', 'Suzhou', 6, [['320505', '虎丘区', 'Huqiu'], ['320506', '吴中区', 'Wuzhong'], ['320508', '姑苏区', 'Gusu']]],
    ['320600', '南通市', 'Nantong', 2],
  ]],
  ['370000', '山东省', 'Shandong', [
    ['370100', '济南市', 'Jinan', 3, [['370102', '历下区', 'Lixia']]],
    ['370200', '青岛市', 'Qingdao', 4, [['370202', '市南区', 'Shinan'], ['370212', '崂山区', 'Laoshan']]],
    ['370600', '烟台市', 'Yantai', 2],
    ['370700', '潍坊市', 'Weifang', 2],
  ]],
  ['350000', '福建省', 'Fujian', [
    ['350100', '福州市', 'Fuzhou', 3, [['350102', '鼓楼区', 'Gulou']]],
    ['350200', '厦门市', 'Xiamen', 3, [['350203', '思明区', 'Siming'], ['350206', '湖里区', 'Huli']]],
    ['350500', '泉州市', 'Quanzhou', 2],
  ]],
  ['420000', '湖北省', 'Hubei', [['420100', '武汉市', 'Wuhan', 5, [['420102', '江岸区', "Jiang'an"], ['420106', '武昌区', 'Wuchang'], ['420111', '洪山区', 'Hongshan']]]]],
  ['430000', '湖南省', 'Hunan', [['430100', '长沙市', 'Changsha', 4, [['430102', '芙蓉区', 'Furong'], ['430104', '岳麓区', 'Yuelu']]]]],
  ['510000', '四川省', 'Sichuan', [['510100', '成都市', 'Chengdu', 6, [['510104', '锦江区', 'Jinjiang'], ['510105', '青羊区', 'Qingyang'], ['510107', '武侯区', 'Wuhou']]]]],
  ['610000', '陕西省', 'Shaanxi', [['610100', '西安市', "Xi'an", 4, [['610102', '新城区', 'Xincheng'], ['610113', '雁塔区', 'Yanta']]]]],
  ['340000', '安徽省', 'Anhui', [['340100', '合肥市', 'Hefei', 3, [['340104', '蜀山区', 'Shushan']]], ['340200', '芜湖市', 'Wuhu', 1]]],
  ['410000', '河南省', 'Henan', [['410100', '郑州市', 'Zhengzhou', 4, [['410105', '金水区', 'Jinshui']]]]],
  ['130000', '河北省', 'Hebei', [['130100', '石家庄市', 'Shijiazhuang', 2], ['130200', '唐山市', 'Tangshan', 1]]],
  ['210000', '辽宁省', 'Liaoning', [['210100', '沈阳市', 'Shenyang', 2], ['210200', '大连市', 'Dalian', 2, [['210202', '中山区', 'Zhongshan']]], ['210600', '丹东市', 'Dandong', 1]]],
  ['220000', '吉林省', 'Jilin', [['220100', '长春市', 'Changchun', 1]]],
  ['230000', '黑龙江省', 'Heilongjiang', [['230100', '哈尔滨市', 'Harbin', 1]]],
  ['360000', '江西省', 'Jiangxi', [['360100', '南昌市', 'Nanchang', 2]]],
  ['450000', '广西壮族自治区', 'Guangxi', [['450100', '南宁市', 'Nanning', 2]]],
  ['460000', '海南省', 'Hainan', [['460100', '海口市', 'Haikou', 1]]],
  ['520000', '贵州省', 'Guizhou', [['520100', '贵阳市', 'Guiyang', 1]]],
  ['530000', '云南省', 'Yunnan', [['530100', '昆明市', 'Kunming', 2]]],
  ['140000', '山西省', 'Shanxi', [['140100', '太原市', 'Taiyuan', 1]]],
  ['150000', '内蒙古自治区', 'Inner Mongolia', [['150100', '呼和浩特市', 'Hohhot', 1]]],
  ['620000', '甘肃省', 'Gansu', [['620100', '兰州市', 'Lanzhou', 1]]],
  ['630000', '青海省', 'Qinghai', [['630100', '西宁市', 'Xining', 1]]],
  ['640000', '宁夏回族自治区', 'Ningxia', [['640100', '银川市', 'Yinchuan', 1]]],
  ['650000', '新疆维吾尔自治区', 'Xinjiang', [['650100', '乌鲁木齐市', 'Urumqi', 1]]],
  ['540000', '西藏自治区', 'Tibet', [['540100', '拉萨市', 'Lhasa', 1]]],
];

export const cities: City[] = provinces.flatMap(([province, provinceZh, provinceEn, rows]) =>
  rows.map(([code, nameZh, nameEn, weight, districts]) => ({
    code,
    nameZh,
    nameEn,
    province,
    provinceZh,
    provinceEn,
    weight,
    districts: districts ?? [],
  })),
);

const cityByCode = new Map(cities.map((c) => [c.code, c]));
const cityOfDistrict = new Map(cities.flatMap((c) => c.districts.map(([code]) => [code, c] as const)));

/** The city a division code (city or district) belongs to. */
export function cityOf(divisionCode: string): City {
  const city = cityByCode.get(divisionCode) ?? cityOfDistrict.get(divisionCode);
  if (!city) throw new Error(`division ${divisionCode} is not in the synthetic division table`);
  return city;
}

/** Name of a division (district names carry their city: 深圳市南山区). */
export function divisionName(divisionCode: string): { zh: string; en: string } {
  const city = cityOf(divisionCode);
  const district = city.districts.find(([code]) => code === divisionCode);
  return district
    ? { zh: `${city.nameZh}${district[1]}`, en: `${district[2]} District, ${city.nameEn}` }
    : { zh: city.nameZh, en: city.nameEn };
}
