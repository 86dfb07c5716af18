import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { nodeKinds, Rel } from '../../graph/model.ts';
import { renewReferenceStamp } from '../../graph/referenceStamp.ts';
import { storedBasis } from '../../graph/trace/ruleBasis.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

/**
 * Hand-built graphs for the sanction-trace tests, written with plain Cypher so the tests depend on
 * graph/model.ts only, not on the loaders. Every id carries the test file's prefix; removeFixtures
 * deletes them in afterAll (relationships go with their nodes).
 */

export type Props = Record<string, unknown>;

export interface FixtureGraph {
  /** kind label → nodes (each with its id and properties). */
  nodes: Partial<Record<string, Props[]>>;
  /** [type, from id, to id, properties] */
  relationships: Array<[string, string, string, Props?]>;
}

const provenance = { source: 'test fixture (test/trace)', recordedAt: '2024-01-01T00:00:00Z' };

export async function loadFixtureGraph(graph: Graph, fixture: FixtureGraph): Promise<void> {
  for (const [kind, rows] of Object.entries(fixture.nodes)) {
    if (!nodeKinds.includes(kind as never)) throw new Error(`fixture: unknown node kind ${kind}`);
    await graph.write(`UNWIND $rows AS row CREATE (n:Node:${kind}) SET n = row, n += $provenance`, { rows, provenance });
  }
  const byType = new Map<string, Array<{ from: string; to: string; props: Props }>>();
  for (const [type, from, to, props = {}] of fixture.relationships) {
    if (!(Object.values(Rel) as string[]).includes(type)) throw new Error(`fixture: unknown relationship type ${type}`);
    byType.set(type, [...(byType.get(type) ?? []), { from, to, props }]);
  }
  for (const [type, rows] of byType) {
    const created = await graph.write<{ created: number }>(
      `UNWIND $rows AS row MATCH (a:Node {id: row.from}), (b:Node {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props, r += $provenance RETURN count(r) AS created`,
      { rows, provenance },
    );
    if (created[0]?.created !== rows.length) throw new Error(`fixture: ${type} has rows whose end nodes do not exist`);
  }
  // Written past graph/load, so the reference stamp is renewed here (what a process kept may no longer hold).
  await renewReferenceStamp(graph);
}

/**
 * The sanction-trace story, every id under `p` (a prefix unique to the test file):
 * - list `jd` (blacklist kept by `court`): law `law` establishes it, and its rule (art 1) makes `exit`
 *   apply; memorandum `mou` (2016-01-20) has rules for `consume`, `procure`, `finance`, `board`; opinion
 *   `opinion` (2016-09-25) a rule for `consume`; memorandum `mouOld` (2014–2018, repealed) for `old`; a
 *   draft `draft` for `drafted`. Each rule's bearers are the measure's `appliesTo` below.
 * - list `other` (blacklist kept by `mof`): memorandum `mouOther` and rule `ruleOther` (establishes it)
 *   have rules for `procure` there, and must never be cited for `jd`; `opinion` is also `other`'s legal basis.
 * - list `red` (redlist kept by `sat`): memorandum `mouRed` has a rule for incentive `green`.
 * - basic-list edition `basic` (from 2024-05-31, after every real edition of the reference graph) covers
 *   every measure, so the reform (graph/domain/sanctions.ts rule 3) leaves the story's rules standing
 *   at the 2024-06-01 traces.
 * - company `c1` on `jd` 2020–2026; legal representative `p1` (also of `c2`, not listed), former
 *   legal representative `p8` (until 2019); officers `p2` chair, `p3` general manager, `p4` finance
 *   officer, `p5` director, `p6` supervisor, `p7` senior manager who left in 2022. Holders: `h1` 60 %
 *   (itself 80 % held by `p9`), `p10` 40 %: p9's integrated 48 % beats p10's 40 % (largest holder) and
 *   h1 is the controlling shareholder (> 50 % direct).
 * - `c3` on `jd` 2017–2020 (expired), `c4` on `jd` 2021–2023 repaired on 2021-06-01, `c5` on `red`
 *   from 2022, person `p11` on `jd` from 2022.
 */
export function sanctionStory(p: string) {
  const id = (name: string) => `${p}${name}`;
  const agency = (name: string) => ({ id: id(name), nameZh: `${name}机关`, nameEn: `${name} agency` });
  const list = (name: string, kind: string) => ({ id: id(name), nameZh: `${name}名单`, nameEn: `${name} list`, kind });
  const document = (name: string, type: string, effective: string, extra: Props = {}) => ({
    id: id(name),
    nameZh: `${name}文件`,
    nameEn: `${name} document`,
    docNumber: `测〔${effective.slice(0, 4)}〕${name}号`,
    type,
    effective,
    confidence: 'high',
    ...extra,
  });
  const measure = (name: string, category: string, appliesTo: string[], legalBasisLevel: string, polarity = 'punishment') => ({
    id: id(name),
    category,
    nameZh: `${name}措施`,
    nameEn: `${name} measure`,
    polarity,
    appliesTo,
    legalBasisLevel,
    confidence: 'high',
  });
  // A PROPAGATES link's properties (seed/reference/graph.ts writes the same for the reference rules).
  const rule = (document: string, list: string, name: string, bearers: string[]): Props => ({
    ruleId: `rule:${id(document)}:${id(list)}:${id(name)}`,
    list: id(list),
    bearers,
    ...storedBasis([{ document: id(document), docNumber: `测〔2016〕${document}号`, title: null, article: '1', from: null, until: null }]),
    origin: 'researched',
    confidence: 'high',
  });
  const company = (name: string) => ({ id: id(name), nameZh: `${name}有限公司`, synthetic: true });
  const person = (name: string) => ({ id: id(name), nameZh: `${name}某`, synthetic: true });
  const listing = (name: string, from: string, until: string | null, status = 'active', endedOn: string | null = null) => ({
    id: id(name),
    from,
    until,
    status,
    endedOn,
    caseNumber: `(${from.slice(0, 4)})测执${name}号`,
    synthetic: true,
  });

  const fixtureMeasures = [
    measure('consume', 'consumption_and_travel', ['entity', 'legal_representative', 'principal_responsible_person', 'actual_controller', 'directly_responsible_person'], 'judicial_interpretation'),
    measure('exit', 'consumption_and_travel', ['individual', 'legal_representative'], 'law'),
    measure('procure', 'market_activity', ['entity'], 'law'),
    measure('finance', 'finance', ['entity', 'controlling_shareholder', 'actual_controller'], 'mou_only'),
    measure('board', 'positions', ['director', 'supervisor', 'senior_manager'], 'mou_only'),
    measure('old', 'market_activity', ['entity'], 'mou_only'),
    measure('drafted', 'market_activity', ['entity'], 'mou_only'),
    measure('green', 'facilitation', ['entity'], 'party_state_council_policy', 'incentive'),
  ];
  // [document, list, measure]: the story's propagation rules.
  const rules: Array<[string, string, string]> = [
    ['law', 'jd', 'exit'],
    ...['consume', 'procure', 'finance', 'board'].map((m): [string, string, string] => ['mou', 'jd', m]),
    ['opinion', 'jd', 'consume'],
    ['mouOld', 'jd', 'old'],
    ['draft', 'jd', 'drafted'],
    ['mouOther', 'other', 'procure'],
    ['ruleOther', 'other', 'procure'],
    ['mouRed', 'red', 'green'],
  ];

  const fixture: FixtureGraph = {
    nodes: {
      Agency: ['court', 'caac', 'rail', 'mof', 'sat', 'cbrc', 'samr'].map(agency),
      CreditList: [list('jd', 'blacklist'), list('other', 'blacklist'), list('red', 'redlist')],
      PolicyDocument: [
        document('law', 'law', '2000-01-01'),
        document('mou', 'memorandum', '2016-01-20'),
        document('opinion', 'policy', '2016-09-25'),
        document('mouOld', 'memorandum', '2014-01-01', { repealed: '2018-01-01' }),
        document('draft', 'draft', '2015-01-01'),
        document('mouOther', 'memorandum', '2015-01-01'),
        document('ruleOther', 'departmental_rule', '2015-01-01'),
        document('mouRed', 'memorandum', '2016-07-12'),
        document('basic', 'basic_list', '2024-05-31'),
      ],
      Measure: fixtureMeasures,
      Company: ['c1', 'c2', 'c3', 'c4', 'c5', 'h1'].map(company),
      Person: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11'].map(person),
      Listing: [
        listing('l1', '2020-01-01', '2026-01-01'),
        listing('l3', '2017-01-01', '2020-01-01', 'expired'),
        listing('l4', '2021-01-01', '2023-01-01', 'repaired', '2021-06-01'),
        listing('l5', '2022-01-01', null),
        listing('l11', '2022-01-01', null),
      ],
    },
    relationships: [
      ['MAINTAINS', id('court'), id('jd')],
      ['MAINTAINS', id('mof'), id('other')],
      ['MAINTAINS', id('sat'), id('red')],
      ['ESTABLISHES', id('law'), id('jd')],
      ['ESTABLISHES', id('ruleOther'), id('other')],
      ['LEGAL_BASIS', id('other'), id('opinion')], // a policy stays general even as a list's legal basis
      ['TRIGGERED_BY', id('mou'), id('jd')],
      ['TRIGGERED_BY', id('mouOld'), id('jd')],
      ['TRIGGERED_BY', id('draft'), id('jd')],
      ['TRIGGERED_BY', id('mouOther'), id('other')],
      ['TRIGGERED_BY', id('mouRed'), id('red')],
      ['TRIGGERED_BY', id('consume'), id('jd')],
      ['TRIGGERED_BY', id('exit'), id('jd')],
      ['DEFINES', id('law'), id('exit')],
      ...['consume', 'procure', 'finance', 'board'].map((m): [string, string, string] => ['DEFINES', id('mou'), id(m)]),
      ['DEFINES', id('opinion'), id('consume')],
      ['DEFINES', id('mouOld'), id('old')],
      ['DEFINES', id('draft'), id('drafted')],
      ['DEFINES', id('mouOther'), id('procure')],
      ['DEFINES', id('ruleOther'), id('procure')],
      ['DEFINES', id('mouRed'), id('green')],
      ...rules.map(([document, list, name]): [string, string, string, Props] => {
        const bearers = (fixtureMeasures.find((m) => m.id === id(name))!.appliesTo as string[]).slice();
        return ['PROPAGATES', id(document), id(name), rule(document, list, name, bearers)];
      }),
      ...fixtureMeasures.map((m): [string, string, string] => ['DEFINES', id('basic'), m.id as string]),
      ['IMPLEMENTED_BY', id('consume'), id('caac')],
      ['IMPLEMENTED_BY', id('consume'), id('rail')],
      ['IMPLEMENTED_BY', id('exit'), id('court')],
      ['IMPLEMENTED_BY', id('procure'), id('mof')],
      ['IMPLEMENTED_BY', id('finance'), id('cbrc')],
      ['IMPLEMENTED_BY', id('board'), id('samr')],
      ['IMPLEMENTED_BY', id('old'), id('mof')],
      ['IMPLEMENTED_BY', id('drafted'), id('mof')],
      ['IMPLEMENTED_BY', id('green'), id('sat')],
      ['LISTED', id('c1'), id('l1')],
      ['LISTED', id('c3'), id('l3')],
      ['LISTED', id('c4'), id('l4')],
      ['LISTED', id('c5'), id('l5')],
      ['LISTED', id('p11'), id('l11')],
      ['ON_LIST', id('l1'), id('jd')],
      ['ON_LIST', id('l3'), id('jd')],
      ['ON_LIST', id('l4'), id('jd')],
      ['ON_LIST', id('l5'), id('red')],
      ['ON_LIST', id('l11'), id('jd')],
      ['DECIDED_BY', id('l1'), id('court')],
      ['LEGAL_REPRESENTATIVE_OF', id('p1'), id('c1'), { from: '2019-01-01' }],
      ['LEGAL_REPRESENTATIVE_OF', id('p1'), id('c2'), { from: '2018-01-01' }],
      ['LEGAL_REPRESENTATIVE_OF', id('p8'), id('c1'), { from: '2010-01-01', until: '2019-01-01' }],
      ['OFFICER_OF', id('p2'), id('c1'), { role: 'chair', from: '2015-01-01' }],
      ['OFFICER_OF', id('p3'), id('c1'), { role: 'general_manager', from: '2015-01-01' }],
      ['OFFICER_OF', id('p4'), id('c1'), { role: 'finance_officer', from: '2015-01-01' }],
      ['OFFICER_OF', id('p5'), id('c1'), { role: 'director', from: '2015-01-01' }],
      ['OFFICER_OF', id('p6'), id('c1'), { role: 'supervisor', from: '2015-01-01' }],
      ['OFFICER_OF', id('p7'), id('c1'), { role: 'senior_manager', from: '2015-01-01', until: '2022-01-01' }],
      ['SHAREHOLDER_OF', id('h1'), id('c1'), { fraction: 0.6, from: '2010-01-01' }],
      ['SHAREHOLDER_OF', id('p10'), id('c1'), { fraction: 0.4, from: '2010-01-01' }],
      ['SHAREHOLDER_OF', id('p9'), id('h1'), { fraction: 0.8, from: '2010-01-01' }],
    ],
  };
  return { id, fixture };
}

/**
 * For a test file: loads the sanction story under `prefix` before its tests and removes it after.
 * `graph()` is the file's connection to the run's Neo4j; `short` strips the prefix from an id.
 */
export function useSanctionStory(prefix: string) {
  const { id, fixture } = sanctionStory(prefix);
  let graph: Graph | undefined;
  beforeAll(async () => {
    graph = await testGraph();
    await removeFixtures(graph, prefix);
    await loadFixtureGraph(graph, fixture);
  });
  afterAll(async () => {
    if (!graph) return;
    await removeFixtures(graph, prefix);
    await graph.close();
  });
  return { id, short: (value: string) => value.slice(prefix.length), graph: () => graph! };
}
