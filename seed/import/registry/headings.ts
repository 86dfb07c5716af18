/**
 * The column headings of company exports from Chinese corporate-data platforms and registry
 * extracts (国家企业信用信息公示系统 and the commercial platforms built on it), each field with the
 * headings it goes by. A heading not listed here is reported and its values kept in `registryFields`.
 */

export const registryFields = {
  name: ['企业名称', '公司名称', '名称', '企业名称(中文)'],
  uscc: ['统一社会信用代码', '信用代码', '社会统一信用代码', '统一代码'],
  legalRepresentative: ['法定代表人', '法人代表', '法定代表人/负责人', '负责人', '执行事务合伙人'],
  status: ['登记状态', '经营状态', '企业状态'],
  established: ['成立日期', '成立时间', '注册日期'],
  registeredCapital: ['注册资本'],
  legalForm: ['企业类型', '公司类型', '企业(机构)类型'],
  industry: ['所属行业', '行业', '国标行业'],
  province: ['所属省份', '省份', '所属地区'],
  city: ['所属城市', '城市'],
  district: ['所属区县', '区县'],
  address: ['注册地址', '住所', '企业地址', '地址', '通信地址'],
  shareholders: ['股东及出资信息', '股东信息', '股东', '股东及出资'],
  officers: ['主要人员', '高管信息', '主要成员'],
  formerNames: ['曾用名', '历史名称'],
  nameEn: ['英文名称', '英文名'],
  sourceUrl: ['来源', '来源链接', '详情链接'],
} as const;

export type RegistryField = keyof typeof registryFields;

/** Headings the platforms print that have no graph field: kept in `registryFields`, not reported. */
export const keptHeadings = [
  '经营范围', '电话', '更多电话', '邮箱', '网址', '核准日期', '登记机关', '营业期限', '参保人数', '实缴资本',
  '纳税人识别号', '注册号', '组织机构代码', '进出口企业代码', '营业期限自', '营业期限至', '人员规模', '序号',
];

const normalise = (heading: string) => heading.normalize('NFKC').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

const byHeading = new Map<string, RegistryField>(
  (Object.entries(registryFields) as Array<[RegistryField, readonly string[]]>).flatMap(([field, headings]) => headings.map((h) => [normalise(h), field] as const)),
);
const kept = new Set(keptHeadings.map(normalise));

export type HeadingRole = { kind: 'field'; field: RegistryField } | { kind: 'kept' } | { kind: 'unknown' };

export function headingRole(heading: string): HeadingRole {
  const key = normalise(heading);
  const field = byHeading.get(key);
  if (field) return { kind: 'field', field };
  return kept.has(key) ? { kind: 'kept' } : { kind: 'unknown' };
}

/** A header row is one that names the company and its code (platform exports put a title row above it). */
export const isHeaderRow = (cells: readonly string[]) => {
  const fields = cells.map((c) => headingRole(c)).flatMap((r) => (r.kind === 'field' ? [r.field] : []));
  return fields.includes('name') && fields.includes('uscc');
};
