/**
 * `npm run trace:summary`: the golden subjects' traces (golden.fixtures.ts: a company on each of six
 * lists, listed from 2017-01-01) at the given dates, abridged (measure, bearers, basis with article,
 * status), and the counts of the rule data. For closing notes and reviews: it prints what the golden
 * tests assert. Runs on NEO4J_URI, else on an embedded Neo4j over a copy of the test store.
 * Usage: npm run trace:summary [-- 2018-06-01 2025-06-01]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { SanctionTrace } from '../../graph/trace/types.ts';
import { readReferenceData, type ReferenceData } from '../../seed/reference/data.ts';
import { copyDefaultDataStore } from '../support/defaultDataStore.ts';
import { freePort } from '../support/globalSetup.ts';
import { loadFixtureGraph } from './fixtures.ts';
import { goldenLists, goldenStory } from './golden.fixtures.ts';

const prefix = 'gold-summary-';

/** The counts a closing note quotes: rules, documents, basic-list entries, signatory agencies. */
export function ruleDataCounts(data: ReferenceData): Record<string, number> {
  const agencyIds = new Set(data.agencies.map((a) => a.id));
  const signatories = new Set(data.documents.flatMap((d) => d.signatories).filter((id) => agencyIds.has(id)));
  return {
    rules: data.rules.length,
    'documents (reference data)': data.documents.length,
    'documents with a rule': new Set(data.rules.map((r) => r.document)).size,
    'basic-list entries': data.basicListEntries.length,
    'signatory agencies (nodes)': signatories.size,
    agencies: data.agencies.length,
  };
}

/** An article as the source numbers it: art. 44, or a policy text's section (一, §(七)1) as it stands. */
const article = (text: string | null) => (!text || text === 'not captured' ? '(article not captured)' : /^\d/.test(text) ? `art. ${text}` : text);

/** One trace, abridged: a line per measure, then what no longer applies. */
export function abridged(trace: SanctionTrace, subject: string): string[] {
  const who = (id: string) => (id === subject ? 'the listed subject' : id.slice(subject.length + 1));
  const lines = trace.measures.map((m) => {
    const bearers = m.bearers.map((b) => `${who(b.party.id)} (${b.roles.join('+')})`).join(', ');
    const basis = m.citations.map((c) => `${c.docNumber ?? c.title ?? '?'} ${article(c.article)}`).join('; ') || '—';
    const status = [
      m.basisLevel ?? 'no basis',
      m.inBasicList ? 'in basic list' : null,
      m.belowLawOrRegulation ? 'below law/regulation' : null,
      m.conditional ? `conditional: ${[...new Set(m.conditions.map((c) => c.code ?? c.text))].join(', ')}` : null,
    ]
      .filter(Boolean)
      .join('; ');
    return `  - ${m.measure.id} | bearers: ${bearers} | basis: ${basis} | ${status}`;
  });
  const ended = trace.notApplicable.map((n) => `  - NO LONGER APPLIES ${n.measure.id}: ${n.reason}, ended by ${n.endedBy.docNumber ?? n.endedBy.id} since ${n.since}`);
  return [...(lines.length > 0 ? lines : ['  (no measure applies)']), ...ended];
}

async function openGraph(): Promise<{ graph: Graph; cleanup(): void }> {
  if (process.env.NEO4J_URI) return { graph: await connectGraph(readGraphConfig(process.env)), cleanup: () => {} };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-trace-summary-'));
  const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    await copyDefaultDataStore(path.join(dataDir, 'neo4j'), { freePort, log: (line) => console.error(line) });
    const env = { ...process.env, NEO4J_DATA_DIR: path.join(dataDir, 'neo4j'), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_MB: '1024', NEO4J_PAGECACHE_MB: '512' };
    return { graph: await connectGraph(readGraphConfig(env), { log: (line) => console.error(line) }), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function main(dates: string[]): Promise<void> {
  const { graph, cleanup } = await openGraph();
  const remove = () => graph.write('MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
  try {
    await remove();
    await loadFixtureGraph(graph, goldenStory(prefix));
    const subjects: Array<[string, string]> = [
      ...Object.entries(goldenLists).map(([name, list]): [string, string] => [name, `a company on ${list}`]),
      ['jdperson', 'a person on spc_dishonest_judgment_debtors'],
    ];
    for (const [name, title] of subjects) {
      const subject = `${prefix}${name}`;
      console.log(`\n## ${title}`);
      for (const asOf of dates) {
        const trace = await sanctionTrace(graph, subject, asOf);
        if (!trace) throw new Error(`no trace for ${subject}`);
        console.log(`\n### at ${asOf}\n${abridged(trace, subject).join('\n')}`);
      }
    }
    console.log('\n## Counts (seed/reference/data)');
    for (const [what, count] of Object.entries(ruleDataCounts(readReferenceData()))) console.log(`- ${what}: ${count}`);
  } finally {
    await remove();
    await graph.close();
    cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dates = process.argv.slice(2).filter((arg) => /^\d{4}-\d{2}-\d{2}$/.test(arg));
  await main(dates.length > 0 ? dates : ['2018-06-01', '2025-06-01']);
}
