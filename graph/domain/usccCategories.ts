/**
 * GB 32100-2015 appendix A (as amended): the registration-authority code (USCC position 1) and, per
 * authority, the organisation-category codes (position 2) it may assign. A and N were added after
 * 2015 (military units; rural collective economic organisations); Y ("other") does not subdivide
 * and always uses 1. Source: GB 32100-2015 table A.1, as reproduced in
 * https://blog.csdn.net/lh1424573495/article/details/108776492 and http://ddrv.cn/?p=726373
 * (the fact base's `uscc.structure`, /work/shared/domain/scs-facts.json).
 */
export interface RegistrationAuthority {
  /** The standard's term for the registration department. */
  nameZh: string;
  /** Organisation category code → the standard's term. */
  categories: Readonly<Record<string, string>>;
}

export const registrationAuthorities: Readonly<Record<string, RegistrationAuthority>> = {
  '1': { nameZh: '机构编制', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { nameZh: '外交', categories: { '1': '外国常住新闻机构', '9': '其他' } },
  '3': { nameZh: '司法行政', categories: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' } },
  '4': { nameZh: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { nameZh: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { nameZh: '旅游', categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { nameZh: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { nameZh: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { nameZh: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { nameZh: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: { nameZh: '农业', categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { nameZh: '其他', categories: { '1': '不再具体划分机构类别' } },
};

/** The codes allowed at position 2 after the given position-1 code (empty for an unknown authority). */
export function categoriesOf(authority: string): string[] {
  return Object.keys(registrationAuthorities[authority]?.categories ?? {});
}
