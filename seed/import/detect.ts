import path from 'node:path';
import { csvKinds, type CsvKind } from './csv/columns.ts';

export const importFormats = ['csv-companies', 'csv-persons', 'csv-relations', 'csv-listings', 'csv-credit_records', 'ftm', 'bods', 'opensanctions-cn', 'gleif', 'registry'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const csvKindOf = (format: ImportFormat): CsvKind | null => {
  const kind = format.replace(/^csv-/, '');
  return (csvKinds as readonly string[]).includes(kind) ? (kind as CsvKind) : null;
};

/** Columns only one CSV set has; a header naming one of them settles the set. */
const telltales: Array<[ImportFormat, RegExp]> = [
  // A registry export (platform headings beyond the companies set's aliases) wins over csv-companies below.
  ['registry', /^(登记状态|经营状态|法定代表人|股东及出资信息|股东信息|主要人员|所属行业|所属省份|所属城市|企业类型)$/],
  ['csv-relations', /^(type|from_id|to_id|share|role|关系类型|持股比例|职务)$/],
  ['csv-listings', /^(list|case_number|名单|案号)$/],
  ['csv-credit_records', /^(section|decided_on|类别|记录类别)$/],
  ['csv-companies', /^(uscc|legal_form|registered_capital|division_code|统一社会信用代码|信用代码|企业名称|注册资本)$/],
  ['csv-persons', /^(name_pinyin|id_number|姓名|拼音|证件号码|身份证号)$/],
];

/**
 * The format of a file from its first bytes: CSV by its header's telltale columns, JSON lines with
 * `schema`+`properties` as FtM, a JSON array or lines of `statementId`+`recordType` as BODS.
 * Null when it cannot tell (then --format is required).
 */
export function detectFormat(file: string, text: string): ImportFormat | null {
  const head = text.slice(0, 64 * 1024).trimStart();
  if (head.startsWith('[') || head.startsWith('{')) {
    if (/"recordType"\s*:|"statementId"\s*:/.test(head)) return 'bods';
    if (/"schema"\s*:/.test(head) && /"properties"\s*:/.test(head)) return 'ftm';
    return null;
  }
  if (!/\.(csv|tsv|txt)$/i.test(path.basename(file)) && !head.includes(',')) return null;
  if (/^Type,QID,Name,Alias,Chinese name,/.test(head)) return 'opensanctions-cn';
  if (/^"?(LEI|Relationship\.StartNode\.NodeID)"?,/.test(head)) return 'gleif';
  const header = head.split(/\r?\n/, 1)[0]!.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase().replace(/[\s-]+/g, '_'));
  const matches = new Set(telltales.filter(([, pattern]) => header.some((h) => pattern.test(h))).map(([format]) => format));
  if (matches.has('registry')) return 'registry';
  return matches.size === 1 ? [...matches][0]! : null;
}
