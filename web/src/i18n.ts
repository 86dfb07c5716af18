/** Interface text in Chinese and English. Entity names switch too (labelEn where the data has one). */
import type { Lang, Mode } from './state/route.ts';
import type { ListKind } from './api/generated.ts';

const text = {
  appTitle: { zh: '社会信用体系图谱', en: 'Social Credit System graph' },
  // The header's short form: the full English name does not fit beside seven modes at 1280 px.
  headerTitle: { zh: '社会信用体系图谱', en: 'SCS graph' },
  searchPlaceholder: { zh: '搜索企业、自然人、机关、名单、文件、措施或统一社会信用代码…', en: 'Search companies, persons, agencies, lists, documents, measures or a USCC…' },
  searching: { zh: '搜索中…', en: 'Searching…' },
  noResults: { zh: '没有结果', en: 'No results' },
  loading: { zh: '加载中…', en: 'Loading…' },
  asOf: { zh: '截至日期', en: 'As of' },
  today: { zh: '今天', en: 'today' },
  timeAxis: { zh: '时间轴', en: 'Time axis' },
  timeAxisHelp: { zh: '拖动或用方向键（±1 天）、PageUp/PageDown（±1 月）移动截至日期；刻度为改革与基础清单各版的日期。', en: 'Drag, or use the arrow keys (±1 day) and PageUp/PageDown (±1 month), to move the as-of date; the ticks mark the reform and the basic-list editions.' },
  basicListTick: { zh: '基础清单', en: 'basic list' },
  backToToday: { zh: '回到今天', en: 'Back to today' },
  openGroup: { zh: '展开分组', en: 'Open the group' },
  regroup: { zh: '重新分组', en: 'Group again' },
  hops: { zh: '跳数', en: 'Hops' },
  layout: { zh: '布局', en: 'Layout' },
  fit: { zh: '适应窗口', en: 'Fit' },
  undo: { zh: '撤销', en: 'Undo' },
  redo: { zh: '重做', en: 'Redo' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exportSvg: { zh: '导出 SVG', en: 'Export SVG' },
  filtersAndStyle: { zh: '筛选与样式', en: 'Filters and style' },
  nodeKinds: { zh: '节点类型', en: 'Node kinds' },
  relationshipTypes: { zh: '关系类型', en: 'Relationship types' },
  styleLegend: { zh: '样式', en: 'Style' },
  colourBy: { zh: '颜色', en: 'Colour by' },
  byKind: { zh: '按类型', en: 'kind' },
  byStatus: { zh: '按名单状态', en: 'list status' },
  sizeBy: { zh: '大小', en: 'Size by' },
  sameSize: { zh: '统一', en: 'same size' },
  byDegree: { zh: '按关系数', en: 'number of links' },
  listKindsFilter: { zh: '名单类型', en: 'List kinds' },
  listingDates: { zh: '列入日期', en: 'Listed between' },
  dateFrom: { zh: '起', en: 'from' },
  dateUntil: { zh: '止', en: 'until' },
  labelSize: { zh: '标签大小', en: 'Label size' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
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
  recordedOn: { zh: '录入于', en: 'recorded' },
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
  citations: { zh: '依据条款', en: 'Citations' },
  articleNotCaptured: { zh: '条款未采集', en: 'article not captured' },
  conditions: { zh: '适用条件', en: 'Conditions' },
  conditionDecided: { zh: '已据数据判定：条件满足', en: 'decided on the data: met' },
  conditionAsWritten: { zh: '规则所附说明（无可判定的条件代码）', en: 'the rule’s wording (no condition code to decide)' },
  conditionOpen: { zh: '附条件：数据无法判定', en: 'conditional: the data cannot decide' },
  noCondition: { zh: '无条件', en: 'unconditional' },
  conditionEnglishOnly: { zh: '英文，未采集中文原文', en: 'English only' },
  textEnglishOnly: { zh: '英文原文，暂无中文', en: 'English only' },
  textsZhTranslated: { zh: '中文说明为本项目译文', en: 'Chinese texts translated by scs-graph' },
  textsZhFromSource: { zh: '中文说明摘自原文', en: 'Chinese texts in the source’s words' },
  noLongerApplies: { zh: '不再适用', en: 'No longer applies' },
  noLongerAppliesIntro: {
    zh: '依规则本应适用、但在该日期已不再适用的措施：现行全国失信惩戒措施基础清单未列入，且无法律或行政法规依据（国办发〔2020〕49号）。',
    en: 'Measures the rules would impose but that no longer apply at this date: the national basic list of punishment measures in force leaves them out and they rest on no law or administrative regulation (国办发〔2020〕49号).',
  },
  reason: { zh: '原因', en: 'Reason' },
  endedBy: { zh: '终止文件', en: 'Ended by' },
  whoBears: { zh: '谁承担此措施', en: 'Who bears this measure' },
  whoBearsIntro: {
    zh: '该日期在触发此措施的名单上的所有主体，及因此承担措施的人。',
    en: 'Every subject listed at this date on a list that triggers the measure, and who bears it because of that.',
  },
  listedSubjects: { zh: '被列入主体', en: 'Listed subjects' },
  mustEnforce: { zh: '该机关须执行的措施', en: 'What this agency must enforce' },
  mustEnforceIntro: {
    zh: '点击“按实施机关”中的机关，查看其在该日期须执行的全部措施。',
    en: 'Pick an agency under “By implementing agency” to see every measure it must enforce at this date.',
  },
  onLists: { zh: '所涉名单', en: 'On lists' },
  moreNotShown: { zh: '另有 {n} 项未显示', en: '{n} more not shown' },
  legalBasisAudit: { zh: '法律依据审查', en: 'Legal-basis audit' },
  legalBasisAuditIntro: {
    zh: '该日期依据低于法律/行政法规、没有有效文件或没有任何文件的名单与措施（按触发名单）。',
    en: 'Lists and measures (per triggering list) whose basis at this date is below law or administrative regulation, not in force, or missing.',
  },
  problem: { zh: '问题', en: 'Problem' },
  lists: { zh: '名单', en: 'Lists' },
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
    zh: '股权穿透：上方为股东（向上穿透），下方为对外投资；连线标注直接持股比例与穿透（间接合计）比例 ∑。♛ 最终受益人，★ 实际控制人（沿控制链逐层过半），∑ 最大穿透持股人（与实际控制人不同时）。',
    en: 'Equity penetration: holders above, holdings below; each edge shows the direct share and the integrated share ∑. ♛ ultimate owner, ★ actual controller (majority at each level up the chain), ∑ largest integrated holder (when it is not the controller).',
  },
  controlByMajority: { zh: '（控制链：每一层均持股过半）', en: '(chain of control: a majority at every level)' },
  controlByLargest: { zh: '（无人持股过半：最大最终持有人，疑似实际控制人）', en: '(no majority: the largest ultimate holder, a suspected controller)' },
  controlChain: { zh: '控制链（自上而下）', en: 'Chain of control (top down)' },
  largestHolderLink: { zh: '最大穿透持股', en: 'largest integrated holding' },
  largestHolder: { zh: '最大穿透持股人', en: 'Largest integrated holder' },
  largestNotController: { zh: '（穿透比例最高，但不在控制链上，不是实际控制人）', en: '(largest integrated share, but not on the chain of control: not the controller)' },
  pathsIntro: {
    zh: '两个节点之间经由股权、法定代表人、高管和分支机构关系的最短路径。',
    en: 'The shortest paths between two nodes over shareholding, legal-representative, officer and branch links.',
  },
  pickEnds: {
    zh: '请选择路径的两端：在下面搜索，或在图上右键一个节点“设为路径起点”，再右键另一个“路径到…”。',
    en: 'Pick both ends: search below, or right-click a node (“Start a path here”) and then another (“Path to…”).',
  },
  exploreHelp: {
    zh: '单击节点查看详情（含来源与可信度），双击展开邻居，右键可按关系展开、惩戒追溯、关联风险、股权穿透、路径、隐藏或固定。',
    en: 'Click a node for its profile (with sources and confidence), double-click to expand its neighbours, right-click to expand by relationship, trace sanctions, show exposure, ownership, paths, hide or pin.',
  },
  pickNode: { zh: '搜索并选择…', en: 'Search and pick…' },
  screeningNoRows: { zh: '文件中没有可筛查的行。', en: 'The file has no rows to screen.' },
  notFoundMeansTitle: { zh: '“未找到”与“无命中”的含义', en: 'What “not found” and “no hits” mean' },
  notFoundMeans: {
    zh: '筛查截至 {date}，在本服务器的图谱中进行：体系参考数据（名单、备忘录、机关）以及已载入的企业和自然人（演示数据或导入的数据）。“未找到”表示图谱中没有此代码、id 或完全相同名称的主体，并不代表该主体没有问题；“无命中”只表示在 {hops} 跳内没有下列名单上截至该日期有效的主体。',
    en: 'Screened as of {date} against the graph on this server: the System’s reference data (lists, memoranda, agencies) and the companies and persons loaded into it (demo corpus or imports). “Not found” means no subject in the graph has this code, id or exact name; it does not mean the subject is clean. “No hits” only means no party within {hops} links is on one of the lists below with an entry in force at that date.',
  },
  screeningLists: { zh: '查对的名单（有效记录/全部记录）', en: 'Lists checked (entries in force / all entries)' },
  apiKey: { zh: 'API 密钥', en: 'API key' },
  apiKeyHelp: {
    zh: '服务器开启访问控制（API_KEYS）时需要。密钥只保存在本标签页（sessionStorage），以 Authorization: Bearer 发送。',
    en: 'Needed when the server has access control on (API_KEYS). Kept in this tab only (sessionStorage), sent as Authorization: Bearer.',
  },
  save: { zh: '保存', en: 'Save' },
  clear: { zh: '清除', en: 'Clear' },
  needKey: { zh: '服务器要求 API 密钥：点击页眉的“API 密钥”输入。', en: 'The server asks for an API key: enter it under “API key” in the header.' },
  keyRefused: { zh: '此 API 密钥没有执行该操作的权限（角色不够）。', en: 'This API key’s role may not do that.' },
  listMembers: { zh: '名单成员', en: 'List members' },
  openMembers: { zh: '查看成员表', en: 'Members table' },
  filterMembers: { zh: '按名称、代码或文书号筛选…', en: 'Filter by name, code or case number…' },
  showOnCanvas: { zh: '在图上显示所选', en: 'Show selected on canvas' },
  pick: { zh: '选择', en: 'Pick' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  screeningCanvas: {
    zh: '筛查结果在右侧表格中。点击一行，在图上打开其关联风险。',
    en: 'The screening results are in the table on the right. Click a row to open its exposure on the canvas.',
  },
  monitoringIntro: {
    zh: '监控名单中的主体及其关联方（按名单深度：股权、高管、法定代表人、分支机构）在所选日期之后的变动。点击一条事件，打开它涉及的惩戒追溯或关联风险。',
    en: 'Changes since the chosen date to the watched subjects and their related parties (within the watchlist’s depth: shareholding, officers, legal representatives, branches). Click an event to open the trace or exposure it refers to.',
  },
  watchlist: { zh: '监控名单', en: 'Watchlist' },
  noWatchlists: { zh: '还没有监控名单。用 npm run watch -- add <名单> <统一社会信用代码> 创建。', en: 'No watchlist yet. Create one with npm run watch -- add <name> <USCC>.' },
  since: { zh: '起始日期', en: 'Since' },
  unreadOnly: { zh: '只看未读', en: 'Unread only' },
  allKinds: { zh: '全部类型', en: 'All kinds' },
  unread: { zh: '未读', en: 'unread' },
  acknowledge: { zh: '标为已读', en: 'Acknowledge' },
  acknowledgeAll: { zh: '全部标为已读', en: 'Acknowledge all shown' },
  noEvents: { zh: '该日期之后没有变动。', en: 'No change since this date.' },
  noEventsCanvas: {
    zh: '该日期之后没有变动，图上无可显示。有变动时，这里画出从监控主体到变动主体的路径。',
    en: 'No change since this date, so nothing to draw. When there are changes, the paths from the watched subjects to the parties that changed are drawn here.',
  },
  changedParty: { zh: '变动主体', en: 'Changed party' },
  whatChanged: { zh: '变动内容', en: 'What changed' },
  nowApplying: { zh: '新适用措施', en: 'Measures now applying' },
  noLongerApplying: { zh: '不再适用措施', en: 'Measures no longer applying' },
  exposureMove: { zh: '关联风险评分', en: 'Exposure score' },
  kind: { zh: '类型', en: 'Kind' },
  date: { zh: '日期', en: 'Date' },
  moreEvents: { zh: '更多', en: 'More' },
  creditFile: { zh: '信用档案', en: 'Credit file' },
  creditReport: { zh: '下载信用报告（PDF）', en: 'Download the credit report (PDF)' },
  creditReportHtml: { zh: '网页版', en: 'HTML' },
  published: { zh: '公示中', en: 'published' },
  notPublished: { zh: '公示期满', en: 'publication ended' },
  valid: { zh: '有效', en: 'valid' },
  notValid: { zh: '已失效', en: 'expired' },
  late: { zh: '逾期报送', en: 'filed late' },
  onTime: { zh: '按时报送', en: 'filed on time' },
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
  monitoring: { zh: '监控', en: 'Monitoring' },
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
/** The name of every list kind of the API (test/domain/listKinds.test.ts walks them). */
export const listKindNames: Record<ListKind, Record<Lang, string>> = {
  blacklist: { zh: '黑名单', en: 'blacklist' },
  redlist: { zh: '红名单', en: 'redlist' },
  watchlist: { zh: '重点关注名单', en: 'watchlist' },
  abnormal_operations: { zh: '经营异常名录', en: 'abnormal operations' },
};

const codeNames: Record<string, Record<Lang, string>> = {
  not_in_basic_list: { zh: '未列入基础清单', en: 'not in the basic list' },
  no_document: { zh: '没有任何文件', en: 'no document at all' },
  none_in_force: { zh: '没有有效文件', en: 'no document in force' },
  below_law_or_regulation: { zh: '低于法律/行政法规', en: 'below law / regulation' },
  limited_liability_company: { zh: '有限责任公司', en: 'limited liability company' },
  joint_stock_company: { zh: '股份有限公司', en: 'joint-stock company' },
  branch: { zh: '分公司', en: 'branch' },
  in_operation: { zh: '存续（在营）', en: 'in operation' },
  revoked: { zh: '吊销', en: 'licence revoked' },
  cancelled: { zh: '注销', en: 'deregistered' },
  moved_out: { zh: '迁出', en: 'moved out' },
  liquidation: { zh: '清算', en: 'in liquidation' },
  active: { zh: '有效', en: 'in force' },
  upcoming: { zh: '尚未生效', en: 'not yet in force' },
  expired: { zh: '已到期', en: 'expired' },
  repaired: { zh: '已信用修复', en: 'repaired' },
  removed: { zh: '已移出', en: 'removed' },
  ...listKindNames,
  chair: { zh: '董事长', en: 'chair' },
  director: { zh: '董事', en: 'director' },
  supervisor: { zh: '监事', en: 'supervisor' },
  general_manager: { zh: '经理', en: 'general manager' },
  senior_manager: { zh: '高级管理人员', en: 'senior manager' },
  finance_officer: { zh: '财务负责人', en: 'finance officer' },
  punishment: { zh: '惩戒', en: 'punishment' },
  incentive: { zh: '激励', en: 'incentive' },
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
  county: { zh: '县级', en: 'county' },
  shareholder: { zh: '股东', en: 'shareholder' },
  enterprise: { zh: '企业', en: 'enterprise' },
  individual_business: { zh: '个体工商户', en: 'individual business' },
  farmer_cooperative: { zh: '农民专业合作社', en: 'farmer cooperative' },
  other_organization: { zh: '其他组织', en: 'other organisation' },
  procurement_agency: { zh: '采购代理机构', en: 'procurement agency' },
  safety_assessment_body: { zh: '安全评价机构', en: 'safety assessment body' },
  tax_agent: { zh: '涉税专业服务机构', en: 'tax agent' },
  directly_responsible_manager: { zh: '直接负责的主管人员', en: 'directly responsible manager' },
  financial_officer_directly_responsible: { zh: '直接负责的财务负责人', en: 'directly responsible finance officer' },
  intermediary_staff: { zh: '中介机构从业人员', en: 'intermediary staff' },
  natural_person_shareholder: { zh: '自然人股东', en: 'natural-person shareholder' },
  other_directly_responsible_person: { zh: '其他直接责任人员', en: 'other directly responsible person' },
  review_expert: { zh: '评审专家', en: 'review expert' },
  // Measure categories (scs-graph's grouping, seed/reference/build.ts).
  consumption_and_travel: { zh: '消费与出行', en: 'consumption and travel' },
  procurement_and_bidding: { zh: '采购与招投标', en: 'procurement and bidding' },
  market_access: { zh: '市场准入', en: 'market access' },
  positions_and_employment: { zh: '任职与就业', en: 'positions and employment' },
  finance: { zh: '金融', en: 'finance' },
  subsidies_and_honours: { zh: '补贴与荣誉', en: 'subsidies and honours' },
  supervision: { zh: '监管', en: 'supervision' },
  tax_and_customs_status: { zh: '税务与海关信用', en: 'tax and customs status' },
  disclosure: { zh: '公示', en: 'disclosure' },
  facilitation: { zh: '便利措施', en: 'facilitation' },
  // Provenance confidence (how sure the research is).
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
};

export function codeName(lang: Lang, code: string | null | undefined): string | null {
  if (code == null) return null;
  // A code may carry a note in brackets ("enterprise (supplier)"): the code is translated, the note kept.
  const [, head = code, note = ''] = /^([a-z_]+)(\s*\(.*\))?$/.exec(code) ?? [];
  const names = codeNames[head] ?? roleNames[head] ?? basisNames[head];
  return names ? `${names[lang]}${note}` : code;
}

/** Several codes, joined in the language's way. */
export function codeListName(lang: Lang, codes: readonly string[]): string {
  return codes.map((code) => codeName(lang, code)).join(lang === 'zh' ? '、' : ', ');
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

/** Who bears a measure, with their roles, punctuated in the reader's language: 郑海潮（法定代表人、主要负责人）；… */
export function bearerList(lang: Lang, bearers: ReadonlyArray<{ name: string; roles: readonly string[] }>): string {
  const zh = lang === 'zh';
  const rolesOf = (roles: readonly string[]) => roles.map((role) => roleName(lang, role)).join(zh ? '、' : ', ');
  return bearers.map(({ name, roles }) => (zh ? `${name}（${rolesOf(roles)}）` : `${name} (${rolesOf(roles)})`)).join(zh ? '；' : '; ');
}

/**
 * A rule's condition in the reader's language: Chinese in the source's own words where the research
 * read them, else the English wording marked as such.
 */
export function conditionWording(lang: Lang, condition: { text: string; textZh?: string | null }): string {
  if (lang === 'en') return condition.text;
  return condition.textZh ?? `${condition.text}（${t(lang, 'conditionEnglishOnly')}）`;
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

/** What a group node of like neighbours holds, by relationship and side (the hub's branches, shareholders, officers), else by the members' kind. */
const groupNouns: Record<string, Record<Lang, string>> = {
  'BRANCH_OF:in': { zh: '分支机构', en: 'branches' },
  'SHAREHOLDER_OF:in': { zh: '股东', en: 'shareholders' },
  'SHAREHOLDER_OF:out': { zh: '对外投资企业', en: 'holdings' },
  'OFFICER_OF:in': { zh: '高管/董监', en: 'officers' },
  'LEGAL_REPRESENTATIVE_OF:out': { zh: '任法定代表人的企业', en: 'companies represented' },
  Company: { zh: '企业', en: 'companies' },
  Person: { zh: '自然人', en: 'persons' },
  Agency: { zh: '机关', en: 'agencies' },
  Platform: { zh: '平台', en: 'platforms' },
  CreditList: { zh: '名单', en: 'credit lists' },
  PolicyDocument: { zh: '文件', en: 'documents' },
  Measure: { zh: '措施', en: 'measures' },
  GradeScheme: { zh: '评级体系', en: 'grade schemes' },
  Listing: { zh: '列入记录', en: 'listings' },
  Grade: { zh: '评级', en: 'grades' },
  CreditRecord: { zh: '信用记录', en: 'credit records' },
};

/** The label of a group node: "列入记录（40）" / "40 listings" (⊞: a click opens it). */
/** A group node's label; `omitted`: the hub's neighbours not loaded yet, which the group stands in for too (grouping.ts). */
export function groupLabel(lang: Lang, group: { members: readonly string[]; kind: string; type: string; outward: boolean }, omitted = 0): string {
  const noun = groupNouns[`${group.type}:${group.outward ? 'out' : 'in'}`] ?? groupNouns[group.kind];
  const count = group.members.length;
  if (lang === 'zh') return `⊞ ${noun?.zh ?? group.kind}（${count}${omitted ? `，另有 ${omitted} 个未载入` : ''}）`;
  return `⊞ ${count} ${noun?.en ?? group.kind}${omitted ? ` (${omitted} more not loaded)` : ''}`;
}

/** A USCC problem (graph/domain/uscc.ts codes) in words: the same sentence in search, links and screening. */
export interface UsccProblemLike {
  code: string;
  position?: number | null;
  expected?: string | null;
  found?: string | null;
}

export function usccProblemText(lang: Lang, problem: UsccProblemLike): string {
  const zh = lang === 'zh';
  const { position, expected, found } = problem;
  switch (problem.code) {
    case 'EMPTY':
      return zh ? '代码为空' : 'the code is empty';
    case 'LENGTH':
      return zh ? `长度为 ${found} 位，应为 18 位` : `${found} characters long, a USCC has 18`;
    case 'CHARSET':
      return zh ? `第 ${position} 位“${found}”不是允许的字符` : `character ${position} ('${found}') is not allowed there`;
    case 'CHECK_CHARACTER':
      return zh ? `第 ${position} 位校验码为“${found}”，应为“${expected}”` : `check character ${position} is '${found}', expected '${expected}'`;
    case 'ORG_CODE_CHECK':
      return zh ? `第 ${position} 位组织机构代码校验码为“${found}”，应为“${expected}”` : `organization-code check character ${position} is '${found}', expected '${expected}'`;
    default:
      return problem.code;
  }
}

export function usccProblemsText(lang: Lang, problems: readonly UsccProblemLike[]): string {
  const shown = problems.slice(0, 2).map((problem) => usccProblemText(lang, problem));
  const more = problems.length - shown.length;
  const joined = shown.join(lang === 'zh' ? '；' : '; ');
  const prefix = lang === 'zh' ? '统一社会信用代码无效：' : 'invalid USCC: ';
  return `${prefix}${joined}${more > 0 ? (lang === 'zh' ? `（另有 ${more} 处）` : ` (and ${more} more)`) : ''}`;
}

/** Screening statuses and the reasons of rows that are not screened or not found. */
const screenStatusNames: Record<string, Record<Lang, string>> = {
  found: { zh: '已找到', en: 'found' },
  not_found: { zh: '未找到', en: 'not found' },
  invalid: { zh: '无效', en: 'invalid' },
  ambiguous: { zh: '有歧义', en: 'ambiguous' },
};

export function screenStatusName(lang: Lang, status: string): string {
  return screenStatusNames[status]?.[lang] ?? status;
}

const screenReasons: Record<string, Record<Lang, string>> = {
  unreadable: { zh: '此行无法按 CSV 读取（引号不成对？），未筛查', en: 'this line cannot be read as CSV (an unbalanced quote?); not screened' },
  empty: { zh: '此行没有代码、id 或名称，未筛查', en: 'this row has no code, id or name; not screened' },
  over_limit: { zh: '超出每次 1000 行的上限，未筛查', en: 'beyond the limit of 1,000 rows per run; not screened' },
  not_found_code: { zh: '图中没有此统一社会信用代码或 id 的企业或自然人', en: 'no company or person in the graph has this USCC or id' },
  not_found_name: { zh: '图中没有名称完全相同的企业或自然人（名称按全文精确匹配）', en: 'no company or person in the graph has exactly this name (names match exactly)' },
  ambiguous: { zh: '多个主体名称相同，请在候选中选择', en: 'several subjects have this name; pick one of the candidates' },
};

export function screenReason(lang: Lang, key: keyof typeof screenReasons | string): string {
  return screenReasons[key]?.[lang] ?? key;
}

/** A list's (or any node's) name in the interface language: the English name where the data has one. */
export function listLabel(lang: Lang, name: string | null | undefined, nameEn: string | null | undefined): string {
  return (lang === 'en' && nameEn ? nameEn : name) ?? '';
}

/**
 * The titles the synthetic corpus gives its own records (seed/synthetic: demo story, generated batches,
 * local agency offices) in the reader's language; any other source title (a document's, or an
 * import's `file:line`) is data and stands as it is.
 */
const corpusSources: ReadonlyArray<[RegExp, (match: RegExpExecArray) => Record<Lang, string>]> = [
  [/^scs-graph demo story \(fictitious\)$/, () => ({ zh: '本项目演示案例（虚构）', en: 'scs-graph demo story (fictitious)' })],
  [/^scs-graph synthetic corpus \(seed (\d+); fictitious\)$/, ([, seed]) => ({ zh: `本项目合成数据（种子 ${seed}，虚构）`, en: `scs-graph synthetic corpus (seed ${seed}; fictitious)` })],
  [
    /^scs-graph synthetic corpus \(local office of a real agency, deciding synthetic listings\)$/,
    () => ({ zh: '本项目合成数据（真实机关的地方机构，作出虚构的列入决定）', en: 'scs-graph synthetic corpus (local office of a real agency, deciding synthetic listings)' }),
  ],
];

export function sourceName(lang: Lang, source: string): string {
  for (const [pattern, words] of corpusSources) {
    const match = pattern.exec(source);
    if (match) return words(match)[lang];
  }
  return source;
}

/** GraphQL argument names in error messages. */
const argumentNames: Record<string, Record<Lang, string>> = {
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  subject: { zh: '主体', en: 'subject' },
  company: { zh: '企业', en: 'company' },
  asOf: { zh: '截至日期', en: 'as-of date' },
  maxHops: { zh: '跳数', en: 'hops' },
  text: { zh: '搜索词', en: 'search text' },
};

export function argumentName(lang: Lang, argument: string): string {
  return argumentNames[argument]?.[lang] ?? argument;
}

/** The one sentence for an id nothing in the graph has, in links and panels alike. */
export function notFoundText(lang: Lang, id: string): string {
  return lang === 'zh' ? `未找到：图中没有 id 为“${id}”的节点。请检查链接，或搜索名称。` : `Not found: nothing in the graph has the id “${id}”. Check the link, or search by name.`;
}

/** Change-event kinds (monitoring) in words. */
const changeKindNames: Record<string, Record<Lang, string>> = {
  listing_added: { zh: '列入名单', en: 'listing added' },
  listing_ended: { zh: '名单记录终止', en: 'listing ended' },
  listing_repaired: { zh: '信用修复', en: 'listing repaired' },
  listing_expired: { zh: '名单期满', en: 'listing expired' },
  abnormal_entry: { zh: '列入经营异常名录', en: 'abnormal-operations entry' },
  abnormal_removal: { zh: '移出经营异常名录', en: 'abnormal-operations removal' },
  penalty: { zh: '行政处罚', en: 'administrative penalty' },
  grade_change: { zh: '信用等级变化', en: 'grade change' },
  legal_representative_change: { zh: '法定代表人变更', en: 'legal representative change' },
  officer_change: { zh: '主要人员变更', en: 'officer change' },
  shareholder_change: { zh: '股东变更', en: 'shareholder change' },
  controller_change: { zh: '实际控制人变更', en: 'actual controller change' },
  licence_expiring: { zh: '行政许可即将到期', en: 'licence expiring' },
  document_effective: { zh: '文件生效', en: 'document takes effect' },
  exposure_change: { zh: '关联风险评分变化', en: 'exposure change' },
  measure_applying: { zh: '措施开始适用', en: 'measure now applies' },
};

/** Every change-event kind, in the order the filter offers them. */
export const changeKinds = Object.keys(changeKindNames);

export function changeKindName(lang: Lang, kind: string): string {
  return changeKindNames[kind]?.[lang] ?? kind;
}

const layoutWords: Record<string, Record<Lang, string>> = {
  fcose: { zh: '力导向', en: 'force-directed' },
  dagre: { zh: '层级', en: 'hierarchy' },
  rings: { zh: '环形（按跳数）', en: 'rings (by hops)' },
  grid: { zh: '网格', en: 'grid' },
};

export function layoutName(lang: Lang, name: string): string {
  return layoutWords[name]?.[lang] ?? name;
}

/** Credit-file sections (NECIPS / Credit China) and their record codes in words. */
const creditNames: Record<string, Record<Lang, string>> = {
  penalty: { zh: '行政处罚', en: 'Administrative penalties' },
  licence: { zh: '行政许可', en: 'Administrative licences' },
  inspection: { zh: '抽查检查', en: 'Inspections' },
  annual_report: { zh: '年度报告', en: 'Annual reports' },
  commitment: { zh: '信用承诺', en: 'Credit commitments' },
  repair: { zh: '信用修复', en: 'Credit repair' },
  honour: { zh: '荣誉', en: 'Honours' },
  abnormal_operations: { zh: '经营异常名录', en: 'Abnormal operations' },
  grade: { zh: '信用评级', en: 'Grades' },
  warning: { zh: '警告', en: 'warning' },
  fine: { zh: '罚款', en: 'fine' },
  confiscation: { zh: '没收违法所得', en: 'confiscation' },
  suspension: { zh: '责令停产停业', en: 'suspension' },
  revocation: { zh: '吊销许可证件', en: 'revocation' },
  random_spot_check: { zh: '双随机、一公开抽查', en: 'random spot check (双随机、一公开)' },
  targeted: { zh: '定向检查', en: 'targeted inspection' },
  no_problem: { zh: '未发现问题', en: 'no problem found' },
  problem_found: { zh: '发现问题', en: 'problem found' },
  not_found_at_address: { zh: '通过登记的住所无法联系', en: 'not found at the registered address' },
  kept: { zh: '已履行', en: 'kept' },
  breached: { zh: '未履行', en: 'breached' },
  // Grade levels of the non-letter schemes (seed/reference/data/gradeSchemes.json): customs (GACC Orders 225/237, 251, 282), environment (环发〔2013〕150号).
  advanced_certified: { zh: '高级认证企业', en: 'advanced certified enterprise (AEO)' },
  general_certified: { zh: '一般认证企业', en: 'general certified enterprise' },
  general_credit: { zh: '一般信用企业', en: 'general credit enterprise' },
  certified: { zh: '认证企业', en: 'certified enterprise (AEO)' },
  regular: { zh: '常规企业', en: 'regular enterprise' },
  other: { zh: '其他注册登记和备案企业', en: 'other registered enterprise' },
  dishonest: { zh: '失信企业', en: 'dishonest enterprise' },
  seriously_dishonest: { zh: '严重失信企业', en: 'seriously dishonest enterprise' },
  green: { zh: '环保诚信企业（绿牌）', en: 'environmentally trustworthy (green)' },
  blue: { zh: '环保良好企业（蓝牌）', en: 'environmentally good (blue)' },
  yellow: { zh: '环保警示企业（黄牌）', en: 'environmental warning (yellow)' },
  red: { zh: '环保不良企业（红牌）', en: 'environmentally poor (red)' },
};

/** One record of a credit-file section (a canvas node's name in English mode: the record's own title is Chinese only). */
const creditRecordNames: Record<string, Record<Lang, string>> = {
  penalty: { zh: '行政处罚', en: 'Administrative penalty' },
  licence: { zh: '行政许可', en: 'Administrative licence' },
  inspection: { zh: '抽查检查', en: 'Inspection' },
  annual_report: { zh: '年度报告', en: 'Annual report' },
  commitment: { zh: '信用承诺', en: 'Credit commitment' },
  repair: { zh: '信用修复', en: 'Credit repair' },
  honour: { zh: '荣誉', en: 'Honour' },
  abnormal_operations: { zh: '经营异常名录', en: 'Abnormal operations entry' },
  grade: { zh: '信用评级', en: 'Grade' },
};

/** Every credit-file code the explorer words (the credit report must word them too: test/web/reportWords.test.ts). */
export const creditCodes = Object.keys(creditNames);

export function creditRecordName(lang: Lang, section: string): string {
  return creditRecordNames[section]?.[lang] ?? creditName(lang, section);
}

export function creditName(lang: Lang, code: string | null | undefined): string {
  if (!code) return '';
  return creditNames[code]?.[lang] ?? code;
}
