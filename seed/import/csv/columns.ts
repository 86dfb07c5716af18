/**
 * The four documented CSV column sets (docs/import-export.md). Import checks headers against
 * them and export writes them in this order, so a file exported from the graph imports unchanged.
 * Aliases accept the headings of Chinese registry extracts (统一社会信用代码, 企业名称 …).
 */

export interface ColumnSpec {
  name: string;
  aliases?: string[];
  doc: string;
}

export interface ColumnSet {
  /** What the file is, in messages ("unknown column for a companies file"). */
  name: string;
  columns: ColumnSpec[];
  /** Each group needs at least one of its columns in the header. */
  required: string[][];
}

export const csvKinds = ['companies', 'persons', 'relations', 'listings', 'credit_records'] as const;
export type CsvKind = (typeof csvKinds)[number];

const provenance: ColumnSpec = { name: 'source_url', aliases: ['来源', '来源链接'], doc: 'where the fact was published (optional)' };

export const companyColumns: ColumnSet = {
  name: 'companies',
  required: [['uscc', 'id'], ['name_zh', 'name_en']],
  columns: [
    { name: 'uscc', aliases: ['统一社会信用代码', '信用代码'], doc: '18-character USCC; the company id. Check-character mismatch = warning' },
    { name: 'id', doc: 'only for companies without a USCC (foreign shareholders): your own id' },
    { name: 'name_zh', aliases: ['企业名称', '公司名称', '名称'], doc: 'Chinese name' },
    { name: 'name_en', aliases: ['英文名称'], doc: 'English (or Latin-script) name' },
    { name: 'former_names', aliases: ['曾用名'], doc: 'former names separated by |' },
    { name: 'legal_form', aliases: ['企业类型', '公司类型'], doc: 'e.g. 有限责任公司' },
    { name: 'status', aliases: ['登记状态', '经营状态'], doc: 'in_operation | revoked | cancelled | moved_out | liquidation (or 存续/在业, 吊销, 注销, 迁出, 清算)' },
    { name: 'registered_capital', aliases: ['注册资本'], doc: 'CNY: 5000000, 500万 or 500万元' },
    { name: 'established', aliases: ['成立日期'], doc: 'date' },
    { name: 'division_code', aliases: ['行政区划代码'], doc: 'GB/T 2260, 6 digits' },
    { name: 'industry_code', aliases: ['行业代码'], doc: 'GB/T 4754, e.g. C39' },
    { name: 'address', aliases: ['住所', '注册地址', '地址'], doc: 'registered address' },
    { name: 'is_branch', aliases: ['是否分支机构'], doc: 'true for a branch (分公司)' },
    { name: 'state_owned', aliases: ['是否国有'], doc: 'true for a state-owned enterprise' },
    { name: 'jurisdiction', doc: 'ISO country code of a non-Chinese company (us, ru)' },
    provenance,
  ],
};

export const personColumns: ColumnSet = {
  name: 'persons',
  required: [['id'], ['name_zh', 'name_en']],
  columns: [
    { name: 'id', aliases: ['编号'], doc: 'your stable id for the person (p-…)' },
    { name: 'name_zh', aliases: ['姓名'], doc: 'Chinese name' },
    { name: 'name_en', doc: 'Latin-script name' },
    { name: 'name_pinyin', aliases: ['拼音'], doc: 'pinyin; derived from name_zh when empty' },
    { name: 'id_number', aliases: ['证件号码', '身份证号'], doc: 'never stored: hashed with ID_HASH_SALT, kept only as idNumberHash' },
    provenance,
  ],
};

export const relationColumns: ColumnSet = {
  name: 'relations',
  required: [['type'], ['from_id'], ['to_id']],
  columns: [
    { name: 'id', doc: 'optional relationship id (default as graph/load/ids.ts: `sh:<from_id>:<to_id>:<from>`, `lr:…`, `off:…:<role>:…`, `br:…`)' },
    { name: 'type', aliases: ['关系类型'], doc: 'shareholder | legal_representative | officer | branch' },
    { name: 'from_id', doc: 'shareholder, person or branch: a USCC or a person/company id' },
    { name: 'to_id', doc: 'the company (for branch: the head office)' },
    { name: 'share', aliases: ['持股比例'], doc: 'shareholder: fraction 0–1 (0.51) or percent (51%)' },
    { name: 'subscribed_capital', aliases: ['认缴出资额'], doc: 'shareholder: CNY, like registered_capital' },
    { name: 'role', aliases: ['职务'], doc: 'officer: chair | director | supervisor | general_manager | senior_manager | finance_officer (or 董事长, 董事, 监事, 总经理, 高级管理人员, 财务负责人)' },
    { name: 'from', aliases: ['起始日期'], doc: 'date the relationship began' },
    { name: 'until', aliases: ['截止日期'], doc: 'date it ended (empty: still in force)' },
    provenance,
  ],
};

export const listingColumns: ColumnSet = {
  name: 'listings',
  required: [['subject'], ['list'], ['from']],
  columns: [
    { name: 'id', doc: 'optional listing id (default `l-<list>-<subject>-<from>`)' },
    { name: 'subject', aliases: ['主体'], doc: 'USCC or person id of the listed party' },
    { name: 'list', aliases: ['名单'], doc: 'CreditList id in the graph (e.g. spc_dishonest_judgment_debtors)' },
    { name: 'from', aliases: ['列入日期'], doc: 'date listed' },
    { name: 'until', aliases: ['移出日期', '届满日期'], doc: 'date the listing ends or ended' },
    { name: 'status', aliases: ['状态'], doc: 'active | expired | repaired | removed (default: from until and today)' },
    { name: 'ended_on', doc: 'date repaired or removed' },
    { name: 'reason', aliases: ['列入原因', '事由'], doc: 'why listed' },
    { name: 'agency', aliases: ['决定机关', '作出决定机关'], doc: 'Agency id of the deciding agency (e.g. spc)' },
    { name: 'case_number', aliases: ['案号', '决定文书号'], doc: 'case or decision number' },
    provenance,
  ],
};

/**
 * Credit-file records (graph/model.ts CreditRecordNode): one row per NECIPS / Credit China record,
 * `section` saying which part of the file it belongs to. Headings of the published tables are
 * accepted as aliases (行政处罚决定书文号, 许可证书编号, 检查结果 …).
 */
export const creditRecordColumns: ColumnSet = {
  name: 'credit records',
  required: [['subject'], ['section']],
  columns: [
    { name: 'id', doc: 'optional record id (default `cr-<section>-<subject>-<number or decided_on>`)' },
    { name: 'subject', aliases: ['主体', '统一社会信用代码', '当事人统一社会信用代码'], doc: 'USCC or person id whose file holds the record' },
    { name: 'section', aliases: ['类别', '记录类别'], doc: 'penalty | licence | inspection | annual_report | commitment | repair | honour | grade (or 行政处罚, 行政许可, 抽查检查, 年报, 信用承诺, 信用修复, 荣誉, 信用等级)' },
    { name: 'number', aliases: ['行政处罚决定书文号', '决定文书号', '许可证书编号', '许可文件编号'], doc: 'decision, licence or report number' },
    { name: 'title', aliases: ['违法行为类型', '处罚事由', '许可内容', '检查事项', '承诺事项', '荣誉名称', '修复事项'], doc: 'what: penalty facts, licence scope, inspection matter, commitment, honour' },
    { name: 'decided_on', aliases: ['处罚决定日期', '决定日期', '许可决定日期', '检查日期', '报送日期', '承诺日期', '修复日期', '授予日期'], doc: 'date of the decision, issue, inspection, filing, commitment, repair or award (required except for grades)' },
    { name: 'agency', aliases: ['处罚机关', '许可机关', '检查实施机关', '决定机关'], doc: 'Agency id of the deciding agency (e.g. samr)' },
    { name: 'agency_name', aliases: ['机关名称'], doc: 'the agency as the source names it, when it is not in the graph' },
    { name: 'legal_basis', aliases: ['处罚依据', '依据'], doc: 'penalty: the provisions applied' },
    { name: 'kind', aliases: ['处罚类别', '检查类型'], doc: 'penalty: warning | fine | confiscation | suspension | revocation; inspection: random_spot_check (双随机、一公开) | targeted' },
    { name: 'amount', aliases: ['罚款金额', '罚没金额'], doc: 'fine in CNY, like registered_capital (5000, 5万元)' },
    { name: 'result', aliases: ['检查结果', '履行情况'], doc: 'inspection: no_problem | problem_found | not_found_at_address; commitment: kept | breached' },
    { name: 'public_until', aliases: ['公示截止期', '公示截止日期'], doc: 'penalty: last day it is publicly shown' },
    { name: 'valid_from', aliases: ['有效期自'], doc: 'licence: first valid day' },
    { name: 'valid_until', aliases: ['有效期至'], doc: 'licence: last valid day' },
    { name: 'year', aliases: ['年度', '报告年度', '评价年度'], doc: 'annual report: the reported year; grade: the year rated (required)' },
    { name: 'scheme', aliases: ['评价体系', '评级类别', '信用评价类别'], doc: 'grade: scheme id or Chinese name (g_tax_credit 纳税信用级别, g_public_credit_comprehensive 公共信用综合评价, g_customs_credit_2021 海关企业信用等级（251号令）, g_env_credit 企业环境信用等级 …)' },
    { name: 'grade', aliases: ['信用等级', '评价结果', '等级'], doc: 'grade: level code or the issuer\'s Chinese name (A–D, advanced_certified 高级认证企业, dishonest 失信企业, green 环保诚信企业 / 绿牌 …)' },
    { name: 'on_time', aliases: ['是否按时报送'], doc: 'annual report: filed on time (true/false, 是/否)' },
    { name: 'employees', aliases: ['从业人数'], doc: 'annual report: employees (public figure)' },
    { name: 'insured', aliases: ['参保人数', '社保缴纳人数'], doc: 'annual report: social-insurance headcount' },
    { name: 'applicant', aliases: ['申请人'], doc: 'credit repair: who applied' },
    { name: 'ends', aliases: ['修复对象'], doc: 'credit repair: id of the listing or penalty record it ends' },
    provenance,
  ],
};

export const columnSets: Record<CsvKind, ColumnSet> = {
  companies: companyColumns,
  persons: personColumns,
  relations: relationColumns,
  listings: listingColumns,
  credit_records: creditRecordColumns,
};
