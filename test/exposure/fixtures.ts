import type { Graph } from '../../graph/driver.ts';
import { awaitNameSearch } from '../../graph/load/nameSearch.ts';

/**
 * Hand-built graphs for the exposure tests, written with plain Cypher so the tests depend on the
 * data model only, not on the loaders. Every id carries the test file's prefix (removeFixtures
 * deletes them in afterAll).
 */
export interface FixtureSpec {
  companies?: Array<{ id: string; name: string; uscc?: string }>;
  persons?: Array<{ id: string; name: string }>;
  agencies?: Array<{ id: string; name: string }>;
  /** [holder, company, fraction, from?, until?] */
  holdings?: Array<[string, string, number, string?, string?]>;
  /** [person, company] */
  legalRepresentatives?: Array<[string, string]>;
  /** [person, company, role] */
  officers?: Array<[string, string, string]>;
  /** [branch, head office] */
  branches?: Array<[string, string]>;
  lists?: Array<{ id: string; name: string; kind: string }>;
  listings?: Array<{ id: string; subject: string; list: string; from: string; until?: string; status?: string; endedOn?: string }>;
}

const provenance = { source: 'test fixture', recordedAt: '2024-01-01T00:00:00Z' };

export async function loadFixture(graph: Graph, spec: FixtureSpec): Promise<void> {
  const nodes = async (label: string, rows: Array<Record<string, unknown>> | undefined) => {
    if (!rows?.length) return;
    await graph.write(`UNWIND $rows AS row CREATE (n:Node:${label}) SET n = row, n += $provenance, n.nameZh = row.name REMOVE n.name`, {
      rows,
      provenance,
    });
  };
  await nodes('Company', spec.companies?.map((c) => ({ ...c, uscc: c.uscc ?? null, synthetic: true })));
  await nodes('Person', spec.persons?.map((p) => ({ ...p, synthetic: true })));
  await nodes('Agency', spec.agencies);
  await nodes('CreditList', spec.lists);
  const link = async (cypher: string, rows: unknown[] | undefined) => {
    if (rows?.length) await graph.write(`UNWIND $rows AS row ${cypher}`, { rows, provenance });
  };
  await link(
    'MATCH (h:Node {id: row[0]}), (c:Node:Company {id: row[1]}) CREATE (h)-[r:SHAREHOLDER_OF]->(c) SET r += $provenance, r.fraction = row[2], r.from = coalesce(row[3], "2000-01-01"), r.until = row[4]',
    spec.holdings,
  );
  await link(
    'MATCH (p:Node:Person {id: row[0]}), (c:Node:Company {id: row[1]}) CREATE (p)-[r:LEGAL_REPRESENTATIVE_OF]->(c) SET r += $provenance, r.from = "2000-01-01"',
    spec.legalRepresentatives,
  );
  await link(
    'MATCH (p:Node:Person {id: row[0]}), (c:Node:Company {id: row[1]}) CREATE (p)-[r:OFFICER_OF]->(c) SET r += $provenance, r.role = row[2], r.from = "2000-01-01"',
    spec.officers,
  );
  await link(
    'MATCH (b:Node:Company {id: row[0]}), (c:Node:Company {id: row[1]}) CREATE (b)-[r:BRANCH_OF]->(c) SET r += $provenance, r.from = "2000-01-01"',
    spec.branches,
  );
  await link(
    `MATCH (s:Node {id: row.subject}), (l:Node:CreditList {id: row.list})
     CREATE (s)-[:LISTED]->(x:Node:Listing {id: row.id})-[:ON_LIST]->(l)
     SET x += $provenance, x.from = row.from, x.until = row.until, x.status = coalesce(row.status, 'active'), x.endedOn = row.endedOn`,
    spec.listings,
  );
  // The name index is eventually consistent: the fixture is searchable before the test runs.
  await awaitNameSearch(graph);
}
