import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingActiveAt } from '../../graph/domain/validity.ts';
import type { Graph } from '../../graph/driver.ts';
import { screenRows } from '../../graph/screening/screen.ts';
import type { SubjectInput } from '../../graph/screening/resolveSubjects.ts';
import { testGraph } from '../support/graph.ts';

// Issue 15 item 6: screening answers the same after its statements were folded into fewer per
// chunk. The golden file was recorded by main's code before that change (commit 91e1a86: a dozen
// statements per batch of 50 rows) on the demo corpus every int run loads, and is compared here,
// never rewritten by the change: every field of every row, at 2 and at 3 hops. Session 12 renumbered
// the synthetic cases (seed/synthetic/listings.ts): each listing's old number was replaced by its new
// one, by listing id, and nothing else.
const asOf = '2024-06-01';
let graph: Graph;
let inputs: SubjectInput[];

beforeAll(async () => {
  graph = await testGraph();
  // Parties next to listed ones (hits, ownership chains both ways, hubs), listed parties themselves,
  // and the first generated companies and persons by id (mostly without hits).
  const near = await graph.read<{ id: string; name: string | null; kind: string }>(
    `MATCH (:CreditList {kind: 'blacklist'})<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(listed)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-(near)
     WHERE near.synthetic = true AND listed.synthetic = true AND ${listingActiveAt('l')}
     WITH collect(DISTINCT near) + collect(DISTINCT listed) AS parties
     UNWIND parties AS n
     WITH DISTINCT n ORDER BY n.id LIMIT 80
     RETURN n.id AS id, n.nameZh AS name, CASE WHEN n:Person THEN 'Person' ELSE 'Company' END AS kind`,
    { asOf },
  );
  const plain = await graph.read<{ id: string; name: string | null }>(
    `MATCH (n:Company) WHERE n.synthetic = true RETURN n.id AS id, n.nameZh AS name ORDER BY n.id LIMIT 40`,
  );
  // Persons near listed parties (by exact name), and misspelt company names (the company-name matcher).
  const persons = await graph.read<{ name: string | null }>(
    `MATCH (:CreditList {kind: 'blacklist'})<-[:ON_LIST]-(l:Listing)<-[:LISTED]-()-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF]-(p:Person)
     WHERE p.synthetic = true AND ${listingActiveAt('l')}
     WITH DISTINCT p ORDER BY p.id LIMIT 20
     RETURN p.nameZh AS name`,
    { asOf },
  );
  inputs = [
    ...persons.map((row): SubjectInput => ({ name: row.name })),
    ...plain.slice(0, 8).map((row): SubjectInput => ({ name: `${row.name}分号` })),
    ...near.map((row, i): SubjectInput => (row.kind === 'Company' && i % 4 !== 0 ? { uscc: row.id } : { name: row.name })),
    ...plain.map((row, i): SubjectInput => (i % 3 === 0 ? { name: row.name } : { uscc: row.id })),
    { uscc: '91110105MWEXP0041Y' },
    { name: '没有这家公司的名字' },
    { uscc: '91110105MWEXP0017F' },
    {},
  ];
});

afterAll(async () => {
  await graph.close();
});

describe('screening answers (demo corpus)', () => {
  it('are the answers recorded before the set-based rewrite', async () => {
    expect(inputs.length).toBeGreaterThan(100);
    const answers = {
      hops2: await screenRows(graph, inputs, { asOf, maxHops: 2 }),
      hops3: await screenRows(graph, inputs, { asOf, maxHops: 3 }),
    };
    // The comparison means something only if rows have hits, own listings and inherited listings to get wrong.
    expect(answers.hops2.filter((row) => row.exposureHits > 0).length).toBeGreaterThan(30);
    expect(answers.hops2.filter((row) => row.ownListings.length > 0).length).toBeGreaterThan(5);
    expect(answers.hops2.filter((row) => row.subject?.kind === 'Person' && row.exposureHits > 0).length).toBeGreaterThan(3);
    await expect(`${JSON.stringify(answers, null, 1)}\n`).toMatchFileSnapshot('golden/screening.json');
  }, 300_000);
});
