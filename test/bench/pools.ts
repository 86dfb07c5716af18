import type { Graph } from '../../graph/driver.ts';
import { Random } from '../../seed/synthetic/random.ts';
import { corpusAsOf } from '../../seed/synthetic/rows.ts';

/** Subjects drawn from the corpus with a fixed seed, so every run asks about the same companies. */
export interface SubjectPools {
  /** Synthetic companies (USCC = id) with their Chinese names. */
  companies: Array<{ id: string; name: string }>;
  /** Two or three consecutive characters of drawn company names: what an analyst types into search. */
  searchTexts: string[];
  /** Companies and persons on a list (any status): sanction-trace subjects. */
  listed: string[];
  /** Companies with at least one shareholder: ownership subjects. */
  held: string[];
  /** (owner, company) pairs two or three holdings apart: integrated-ownership and path subjects. */
  ownerPairs: Array<[owner: string, company: string]>;
  /** The as-of date every dated query uses: the synthetic corpus's own "today". */
  asOf: string;
  random: Random;
}

export const poolSize = 2_000;
/** The bench's own PRNG stream (the generator uses streams per batch), so its draws never mirror the corpus's. */
const benchStream = 0xbe9c4;

/** `count` draws, with replacement, from a non-empty pool. */
export function draw<T>(pool: readonly T[], count: number, random: Random): T[] {
  return Array.from({ length: count }, () => random.pick(pool));
}

async function ids(graph: Graph, cypher: string): Promise<string[]> {
  return (await graph.read<{ id: string }>(cypher, {}, { timeoutMs: 300_000 })).map((row) => row.id);
}

/** Draws the pools once per run (ids in id order, then a seeded draw, so the choice is reproducible). */
export async function subjectPools(graph: Graph, seed: number): Promise<SubjectPools> {
  const random = new Random(seed, benchStream);
  const companyIds = draw(await ids(graph, 'MATCH (c:Company) WHERE c.synthetic RETURN c.id AS id ORDER BY id'), poolSize, random);
  // Seek through the Node(id) constraint (Company has no index on id).
  const names = await graph.read<{ id: string; name: string }>(
    'UNWIND $ids AS id MATCH (c:Node {id: id}) WHERE c:Company RETURN c.id AS id, c.nameZh AS name',
    { ids: companyIds },
    { timeoutMs: 300_000 },
  );
  const listed = await ids(graph, 'MATCH (s)-[:LISTED]->(:Listing) WHERE s.synthetic RETURN DISTINCT s.id AS id ORDER BY id');
  const held = await ids(graph, 'MATCH (c:Company)<-[:SHAREHOLDER_OF]-() WHERE c.synthetic RETURN DISTINCT c.id AS id ORDER BY id');
  const heldDrawn = held.length ? draw(held, poolSize, random) : [];
  // An owner two or three holdings above each drawn company (the first such, in id order).
  const pairs = await graph.read<{ owner: string; company: string }>(
    `UNWIND $ids AS id
     MATCH (c:Node {id: id}) WHERE c:Company
     CALL (c) {
       MATCH (o)-[:SHAREHOLDER_OF]->{2,3}(c) WHERE o <> c
       RETURN o.id AS owner ORDER BY owner LIMIT 1
     }
     RETURN id AS company, owner`,
    { ids: heldDrawn.slice(0, 500) },
    { timeoutMs: 300_000 },
  );
  const searchTexts = names.map(({ name }) => {
    const length = random.between(2, 3);
    const start = random.int(Math.max(1, Math.min(6, name.length) - length + 1));
    return name.slice(start, start + length);
  });
  return {
    companies: names,
    searchTexts,
    listed: listed.length ? draw(listed, poolSize, random) : [],
    held: heldDrawn,
    ownerPairs: pairs.map((row) => [row.owner, row.company]),
    asOf: corpusAsOf,
    random,
  };
}
