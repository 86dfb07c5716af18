/** Interface text in Chinese and English. Entity names switch too (labelEn where the data has one). */
import type { Lang, Mode } from './state/route.ts';

const text = {
  appTitle: { zh: '社会信用体系图谱', en: 'Social Credit System graph' },
  searchPlaceholder: { zh: '搜索企业、自然人、机关、名单、文件、措施或统一社会信用代码…', en: 'Search companies, persons, agencies, lists, documents, measures or a USCC…' },
  searching: { zh: '搜索中…', en: 'Searching…' },
  noResults: { zh: '没有结果', en: 'No results' },
  loading: { zh: '加载中…', en: 'Loading…' },
  asOf: { zh: '截至日期', en: 'As of' },
  today: { zh: '今天', en: 'today' },
  hops: { zh: '跳数', en: 'Hops' },
  layout: { zh: '布局', en: 'Layout' },
  fit: { zh: '适应窗口', en: 'Fit' },
  undo: { zh: '撤销', en: 'Undo' },
  redo: { zh: '重做', en: 'Redo' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  legend: { zh: '图例', en: 'Legend' },
  startingPoints: { zh: '从这里开始（演示案例，虚构企业）', en: 'Start here (demo story, fictitious companies)' },
  theMachinery: { zh: '体系本身', en: 'The machinery itself' },
  systemIntro: {
    zh: '这是社会信用体系本身：机关维护名单，联合惩戒备忘录把名单与惩戒措施相连，措施由各机关执行。搜索一个主体，或从下面的演示案例开始。',
    en: 'This is the Social Credit System itself: agencies maintain lists, joint-punishment memoranda link lists to measures, and agencies implement the measures. Search for a subject, or start from the demo story below.',
  },
  empty: { zh: '没有可显示的内容。', en: 'Nothing to show.' },
  pickSubject: { zh: '请先搜索并选择一个主体。', en: 'Search for a subject and pick it first.' },
  pickTarget: { zh: '再选择路径的终点（搜索，或在图上右键 “路径到…”）。', en: 'Now pick the other end (search, or right-click a node: “Path to…”).' },
  profile: { zh: '详情', en: 'Profile' },
  provenance: { zh: '来源', en: 'Source' },
  confidence: { zh: '可信度', en: 'Confidence' },
  synthetic: { zh: '虚构（演示数据）', en: 'Fictitious (demo data)' },
  expand: { zh: '展开', en: 'Expand' },
  expandBy: { zh: '按关系展开', en: 'Expand by relationship' },
  hide: { zh: '隐藏', en: 'Hide' },
  pin: { zh: '固定', en: 'Pin' },
  unpin: { zh: '取消固定', en: 'Unpin' },
  pathTo: { zh: '路径到…', en: 'Path to…' },
  pathFrom: { zh: '设为路径起点', en: 'Start a path here' },
  showMore: { zh: '显示更多', en: 'Show more' },
  truncatedNote: { zh: '部分邻居未显示：', en: 'Some neighbours are not shown: ' },
  uploadCsv: { zh: '上传 CSV（每行一个统一社会信用代码或名称）', en: 'Upload a CSV (one USCC or name per row)' },
  screeningHelp: {
    zh: '第一列（或名为 uscc / name / id 的列）为统一社会信用代码或企业名称。每行都会返回结果，无效的行会说明原因。',
    en: 'The first column (or a column named uscc / name / id) holds a USCC or a company name. Every row gets a result; invalid rows say why.',
  },
  openExposure: { zh: '点击一行查看其关联风险', en: 'Click a row to open its exposure' },
  chain: { zh: '链条', en: 'Chain' },
  legalBasis: { zh: '法律依据', en: 'Legal basis' },
  belowLaw: { zh: '仅有低于法律/行政法规的依据', en: 'Basis below law / administrative regulation only' },
  implementedBy: { zh: '实施机关', en: 'Implemented by' },
  bearers: { zh: '承担者', en: 'Bearers' },
  measures: { zh: '措施', en: 'Measures' },
  listings: { zh: '列入记录', en: 'Listings' },
  noListings: { zh: '截至该日期没有有效的名单记录。', en: 'No active listings at this date.' },
  hits: { zh: '命中', en: 'Hits' },
  score: { zh: '评分', en: 'Score' },
  path: { zh: '路径', en: 'Path' },
  close: { zh: '关闭', en: 'Close' },
  graphiql: { zh: 'GraphQL 查询台', en: 'GraphiQL' },
  traceIntro: {
    zh: '从主体在该日期有效的名单记录出发：名单 → 联合惩戒文件 → 措施 → 实施机关 → 承担者。点击措施查看完整链条与法律依据。',
    en: 'From the subject’s listings in force at the date: list → joint-punishment documents → measures → implementing agencies → bearers. Click a measure for its chain and legal basis.',
  },
  traceNothing: { zh: '截至该日期没有有效的失信/黑名单记录，因此没有任何惩戒措施适用。', en: 'No listing is in force at this date, so no measure applies.' },
  pickMeasure: { zh: '点击图中或表中的措施，查看其链条与法律依据。', en: 'Click a measure (canvas or table) to see its chain and legal basis.' },
  byAgency: { zh: '按实施机关', en: 'By implementing agency' },
  flagged: { zh: '依据低于法律/行政法规', en: 'Basis below law / regulation' },
  documents: { zh: '依据文件', en: 'Documents' },
  list: { zh: '名单', en: 'List' },
  decidedBy: { zh: '决定机关', en: 'Decided by' },
  period: { zh: '期间', en: 'Period' },
  exposureIntro: {
    zh: '主体在中心；在所选跳数内（股权、法定代表人、高管、分支机构）截至该日期在失信/黑名单上的主体按跳数排成环。悬停查看评分构成，点击命中查看路径。',
    en: 'The subject in the centre; every party within the chosen links (shareholding, legal representative, officer, branch) on a blacklist at the date sits on the ring of its hop distance. Hover for the score terms, click a hit for its path.',
  },
  noHits: { zh: '在所选跳数内，截至该日期没有在名单上的关联主体。', en: 'No listed party within these links at this date.' },
  pickCompany: { zh: '请先搜索并选择一家企业。', en: 'Search for a company and pick it first.' },
  ownershipIntro: {
    zh: '股权穿透：上方为股东（向上穿透），下方为对外投资；连线标注直接持股比例与穿透（间接合计）比例 ∑。♛ 最终受益人，★ 实际控制人。',
    en: 'Equity penetration: holders above, holdings below; each edge shows the direct share and the integrated share ∑. ♛ ultimate owner, ★ actual controller.',
  },
  pathsIntro: {
    zh: '两个节点之间经由股权、法定代表人、高管和分支机构关系的最短路径。',
    en: 'The shortest paths between two nodes over shareholding, legal-representative, officer and branch links.',
  },
  pickEnds: { zh: '请选择路径的两端：在下面搜索，或在图上右键一个节点“设为路径起点”，再右键另一个“路径到…”。', en: 'Pick both ends: search below, or right-click a node (“Start a path here”) and then another (“Path to…”).' },
  exploreHelp: {
    zh: '单击节点查看详情（含来源与可信度），双击展开邻居，右键可按关系展开、惩戒追溯、关联风险、股权穿透、路径、隐藏或固定。',
    en: 'Click a node for its profile (with sources and confidence), double-click to expand its neighbours, right-click to expand by relationship, trace sanctions, show exposure, ownership, paths, hide or pin.',
  },
  pickNode: { zh: '搜索并选择…', en: 'Search and pick…' },
  screeningCanvas: { zh: '筛查结果在右侧表格中。点击一行，在图上打开其关联风险。', en: 'The screening results are in the table on the right. Click a row to open its exposure on the canvas.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof text;

export function t(lang: Lang, key: TextKey): string {
  return text[key][lang];
}

const modeNames: Record<Mode, Record<Lang, string>> = {
  explore: { zh: '探索', en: 'Explore' },
  trace: { zh: '惩戒追溯', en: 'Sanction trace' },
  exposure: { zh: '关联风险', en: 'Exposure' },
  ownership: { zh: '股权穿透', en: 'Ownership' },
  paths: { zh: '路径', en: 'Paths' },
  screening: { zh: '批量筛查', en: 'Screening' },
};

export function modeName(lang: Lang, mode: Mode): string {
  return modeNames[mode][lang];
}

/** Relationship types in words, for the context menu and edge tooltips. */
const relNames: Record<string, Record<Lang, string>> = {
  SHAREHOLDER_OF: { zh: '股东', en: 'shareholder of' },
  LEGAL_REPRESENTATIVE_OF: { zh: '法定代表人', en: 'legal representative of' },
  OFFICER_OF: { zh: '高管/董监', en: 'officer of' },
  BRANCH_OF: { zh: '分支机构', en: 'branch of' },
  PART_OF: { zh: '隶属', en: 'part of' },
  SUCCEEDED_BY: { zh: '被继承', en: 'succeeded by' },
  MAINTAINS: { zh: '维护名单', en: 'maintains' },
  ESTABLISHES: { zh: '设立名单', en: 'establishes' },
  TRIGGERED_BY: { zh: '由名单触发', en: 'triggered by' },
  DEFINES: { zh: '规定措施', en: 'defines' },
  PROPAGATES: { zh: '惩戒规则', en: 'propagation rule' },
  IMPLEMENTED_BY: { zh: '实施机关', en: 'implemented by' },
  ISSUED: { zh: '发布', en: 'issued' },
  SIGNED: { zh: '联署', en: 'signed' },
  SUPERSEDES: { zh: '取代', en: 'supersedes' },
  AMENDS: { zh: '修订', en: 'amends' },
  LEGAL_BASIS: { zh: '法律依据', en: 'legal basis' },
  PUBLISHED_ON: { zh: '公示于', en: 'published on' },
  OPERATED_BY: { zh: '运营机关', en: 'operated by' },
  LISTED: { zh: '被列入', en: 'listed' },
  ON_LIST: { zh: '所在名单', en: 'on list' },
  DECIDED_BY: { zh: '决定机关', en: 'decided by' },
  GRADED: { zh: '评级', en: 'graded' },
  IN_SCHEME: { zh: '评级体系', en: 'in scheme' },
  ISSUED_BY: { zh: '发布机关', en: 'issued by' },
  DEFINED_IN: { zh: '规定于', en: 'defined in' },
  BEARS: { zh: '承担', en: 'bears' },
  ACTUAL_CONTROLLER_OF: { zh: '实际控制', en: 'actual controller of' },
  CONTROLLING_SHAREHOLDER_OF: { zh: '控股', en: 'controlling shareholder of' },
};

/** Stored codes shown in panels and on edges (legal form, registration and listing status, list kind, office) in words; unknown codes stay as they are. */
const codeNames: Record<string, Record<Lang, string>> = {
  limited_liability_company: { zh: '有限责任公司', en: 'limited liability company' },
  joint_stock_company: { zh: '股份有限公司', en: 'joint-stock company' },
  branch: { zh: '分公司', en: 'branch' },
  in_operation: { zh: '存续（在营）', en: 'in operation' },
  revoked: { zh: '吊销', en: 'licence revoked' },
  cancelled: { zh: '注销', en: 'deregistered' },
  moved_out: { zh: '迁出', en: 'moved out' },
  liquidation: { zh: '清算', en: 'in liquidation' },
  active: { zh: '有效', en: 'active' },
  expired: { zh: '已到期', en: 'expired' },
  repaired: { zh: '已信用修复', en: 'repaired' },
  removed: { zh: '已移出', en: 'removed' },
  blacklist: { zh: '黑名单', en: 'blacklist' },
  redlist: { zh: '红名单', en: 'redlist' },
  watchlist: { zh: '重点关注名单', en: 'watchlist' },
  abnormal_operations: { zh: '经营异常名录', en: 'abnormal operations' },
  chair: { zh: '董事长', en: 'chair' },
  director: { zh: '董事', en: 'director' },
  supervisor: { zh: '监事', en: 'supervisor' },
  general_manager: { zh: '经理', en: 'general manager' },
  senior_manager: { zh: '高级管理人员', en: 'senior manager' },
  finance_officer: { zh: '财务负责人', en: 'finance officer' },
  punishment: { zh: '惩戒', en: 'punishment' },
  incentive: { zh: '激励', en: 'incentive' },
};

export function codeName(lang: Lang, code: string | null | undefined): string | null {
  if (code == null) return null;
  return codeNames[code]?.[lang] ?? code;
}

/** Bearer roles (who bears a measure) in words. */
const roleNames: Record<string, Record<Lang, string>> = {
  entity: { zh: '主体本身', en: 'the entity' },
  legal_representative: { zh: '法定代表人', en: 'legal representative' },
  principal_responsible_person: { zh: '主要负责人', en: 'principal responsible person' },
  finance_officer: { zh: '财务负责人', en: 'finance officer' },
  directly_responsible_person: { zh: '直接责任人', en: 'directly responsible person' },
  actual_controller: { zh: '实际控制人', en: 'actual controller' },
  controlling_shareholder: { zh: '控股股东', en: 'controlling shareholder' },
  director: { zh: '董事', en: 'director' },
  supervisor: { zh: '监事', en: 'supervisor' },
  senior_manager: { zh: '高级管理人员', en: 'senior manager' },
  individual: { zh: '自然人', en: 'individual' },
};

export function roleName(lang: Lang, role: string): string {
  return roleNames[role]?.[lang] ?? role;
}

/** Document types and legal-basis levels, ranked from law down, in words. */
const basisNames: Record<string, Record<Lang, string>> = {
  law: { zh: '法律', en: 'law' },
  administrative_regulation: { zh: '行政法规', en: 'administrative regulation' },
  judicial_interpretation: { zh: '司法解释', en: 'judicial interpretation' },
  departmental_rule: { zh: '部门规章', en: 'departmental rule' },
  party_state_council_policy: { zh: '党中央/国务院政策', en: 'Party / State Council policy' },
  policy: { zh: '政策文件', en: 'policy document' },
  memorandum: { zh: '合作备忘录', en: 'memorandum' },
  mou_only: { zh: '仅备忘录', en: 'memorandum only' },
  basic_list: { zh: '基础清单', en: 'basic list' },
  draft: { zh: '草案', en: 'draft' },
  local_rule: { zh: '地方性规定', en: 'local rule' },
  standard: { zh: '标准', en: 'standard' },
  duty_based: { zh: '职责依据', en: 'duty-based' },
  market_based: { zh: '市场性', en: 'market-based' },
};

export function basisName(lang: Lang, level: string | null | undefined): string {
  if (!level) return '—';
  return basisNames[level]?.[lang] ?? level;
}

export function relName(lang: Lang, type: string): string {
  return relNames[type]?.[lang] ?? type;
}
