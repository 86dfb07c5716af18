import { makeUscc } from '../../graph/domain/uscc.ts';
import type { Graph } from '../../graph/driver.ts';
import { awaitNameSearch } from '../../graph/load/nameSearch.ts';
import { removeFixtures } from '../support/graph.ts';

/**
 * A small hand-built SCS graph for the API tests, every id under `prefix` (except the USCC of the
 * main company, which is derived from the prefix and removed explicitly):
 *
 *   holding (Company) --60% since 2020--> main (Company, USCC) <--40%-- p1 (Person)
 *   p1 legal representative of main since 2019; p2 before 2019; p1 director of holding
 *   branch --BRANCH_OF--> main;  main GRADED grade (scheme) ; agency PART_OF parentAgency
 *   agency MAINTAINS list (blacklist) ; doc ESTABLISHES list ; memo TRIGGERED_BY list, SIGNED by agency
 *   memo DEFINES measure ; measure IMPLEMENTED_BY agency, TRIGGERED_BY list
 *   main LISTED listing1 (2021-01-01 .. 2023-01-01, expired) ON_LIST list, DECIDED_BY agency
 */
export interface ApiFixture {
  prefix: string;
  uscc: string;
  id: (name: string) => string;
}

export function fixtureUscc(prefix: string): string {
  let hash = 0;
  for (const char of prefix) hash = (hash * 31 + char.charCodeAt(0)) % 100_000_000;
  return makeUscc({ authority: '9', category: '1', division: '542524', orgBody8: String(hash).padStart(8, '0') });
}

const provenance = { source: 'api test fixture', recordedAt: '2024-01-01T00:00:00Z' };

export async function createApiFixture(graph: Graph, prefix: string): Promise<ApiFixture> {
  const uscc = fixtureUscc(prefix);
  const id = (name: string) => `${prefix}${name}`;
  await graph.write(
    `
CREATE (main:Node:Company {id: $uscc, uscc: $uscc, nameZh: $mainName, nameEn: 'Test Main Co', divisionCode: '542524', industryCode: 'C39', status: 'in_operation', legalForm: 'llc', established: '2010-05-01', synthetic: true}) SET main += $prov
CREATE (holding:Node:Company {id: $ids.holding, nameZh: '测试控股公司', synthetic: true}) SET holding += $prov
CREATE (branch:Node:Company {id: $ids.branch, nameZh: '测试主体公司北京分公司', isBranch: true, synthetic: true}) SET branch += $prov
CREATE (p1:Node:Person {id: $ids.p1, nameZh: '测试张三', namePinyin: 'Ceshi Zhang San', synthetic: true}) SET p1 += $prov
CREATE (p2:Node:Person {id: $ids.p2, nameZh: '测试李犇', synthetic: true}) SET p2 += $prov
CREATE (parentAgency:Node:Agency {id: $ids.parentAgency, nameZh: '测试上级机关', level: 'national', confidence: 'high', sourceTitles: ['t1'], sourceUrls: ['https://example.org/t1']}) SET parentAgency += $prov
CREATE (agency:Node:Agency {id: $ids.agency, nameZh: '测试法院', nameEn: 'Test Court', abbreviation: 'TC', level: 'national', confidence: 'high'}) SET agency += $prov
CREATE (list:Node:CreditList {id: $ids.list, nameZh: '测试失信名单', nameEn: 'Test blacklist', kind: 'blacklist', subjectTypes: ['enterprise'], affectedPersons: ['legal_representative'], confidence: 'high'}) SET list += $prov
CREATE (doc:Node:PolicyDocument {id: $ids.doc, nameZh: '测试规定', docNumber: '测试〔2013〕17号', type: 'judicial_interpretation', confidence: 'high'}) SET doc += $prov
CREATE (memo:Node:PolicyDocument {id: $ids.memo, nameZh: '测试备忘录', docNumber: '测试〔2016〕141号', type: 'memorandum', confidence: 'medium'}) SET memo += $prov
CREATE (measure:Node:Measure {id: $ids.measure, nameZh: '测试限制高消费', nameEn: 'Test travel restriction', polarity: 'punishment', appliesTo: ['entity', 'legal_representative'], legalBasisLevel: 'judicial_interpretation', confidence: 'high'}) SET measure += $prov
CREATE (listing:Node:Listing {id: $ids.listing1, from: '2021-01-01', until: '2023-01-01', status: 'expired', caseNumber: '(2021)测执1号', synthetic: true}) SET listing += $prov
CREATE (scheme:Node:GradeScheme {id: $ids.scheme, nameZh: '测试纳税信用级别'}) SET scheme += $prov
CREATE (grade:Node:Grade {id: $ids.grade, grade: 'A', year: 2023, synthetic: true}) SET grade += $prov
CREATE (holding)-[:SHAREHOLDER_OF {fraction: 0.6, subscribedCapital: 6000000.0, from: '2020-01-01', source: 'api test fixture'}]->(main)
CREATE (p1)-[:SHAREHOLDER_OF {fraction: 0.4, from: '2015-01-01', source: 'api test fixture'}]->(main)
CREATE (p1)-[:LEGAL_REPRESENTATIVE_OF {from: '2019-01-01', source: 'api test fixture'}]->(main)
CREATE (p2)-[:LEGAL_REPRESENTATIVE_OF {from: '2010-05-01', until: '2019-01-01', source: 'api test fixture'}]->(main)
CREATE (p1)-[:OFFICER_OF {role: 'director', from: '2018-01-01', source: 'api test fixture'}]->(holding)
CREATE (branch)-[:BRANCH_OF {from: '2012-01-01'}]->(main)
CREATE (agency)-[:PART_OF]->(parentAgency)
CREATE (agency)-[:MAINTAINS]->(list)
CREATE (doc)-[:ESTABLISHES]->(list)
CREATE (list)-[:LEGAL_BASIS]->(doc)
CREATE (agency)-[:ISSUED]->(doc)
CREATE (memo)-[:TRIGGERED_BY]->(list)
CREATE (agency)-[:SIGNED]->(memo)
CREATE (memo)-[:DEFINES]->(measure)
CREATE (measure)-[:IMPLEMENTED_BY]->(agency)
CREATE (measure)-[:TRIGGERED_BY]->(list)
CREATE (main)-[:LISTED]->(listing)-[:ON_LIST]->(list)
CREATE (listing)-[:DECIDED_BY]->(agency)
CREATE (main)-[:GRADED]->(grade)-[:IN_SCHEME]->(scheme)
`,
    {
      uscc,
      mainName: `测试主体公司${prefix}`,
      prov: provenance,
      ids: Object.fromEntries(
        ['holding', 'branch', 'p1', 'p2', 'parentAgency', 'agency', 'list', 'doc', 'memo', 'measure', 'listing1', 'scheme', 'grade'].map((name) => [name, id(name)]),
      ),
    },
  );
  // The name index is eventually consistent: the fixture is searchable before the test runs.
  await awaitNameSearch(graph);
  return { prefix, uscc, id };
}

export async function removeApiFixture(graph: Graph, fixture: ApiFixture): Promise<void> {
  await removeFixtures(graph, fixture.prefix);
  await graph.write('MATCH (n:Node {id: $id}) DETACH DELETE n', { id: fixture.uscc });
}
