import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { NodeKind } from '../../graph/model.ts';
import { applySchema } from '../../graph/schema.ts';
import { companyCells } from '../../seed/export/csv.ts';
import { cellText } from '../../seed/export/writer.ts';
import { companyColumns } from '../../seed/import/csv/columns.ts';
import { importFile, type ImportResult } from '../../seed/import/run.ts';
import { summaryLine } from '../../seed/import/summary.ts';
import { generateCorpus } from '../../seed/synthetic/generator.ts';

/**
 * Import rate of a companies CSV cut from the synthetic corpus: writes the file, starts its own
 * embedded Neo4j over an empty folder, and times a first import (all created), a second (all
 * unchanged) and a dry run. Run: npx tsx test/bench/importRate.ts --rows 100000
 * (NEO4J_DATA_DIR / NEO4J_BOLT_PORT choose the DBMS; defaults /tmp/imp100k/neo4j and 7701).
 */

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, seed: { type: 'string', default: '42' }, dir: { type: 'string', default: '/tmp/imp100k' } } });
const rows = Number(values.rows);
const dir = values.dir;
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `companies-${rows}.csv`);

let written = 0;
fs.writeFileSync(file, stringify([companyColumns.columns.map((c) => c.name)]));
for (const { rows: batch } of generateCorpus({ companies: rows, seed: Number(values.seed), includeStory: false })) {
  const cells = batch.companies.map((company) => companyCells({ id: company.id, kind: NodeKind.Company, props: company as unknown as Record<string, unknown> }));
  fs.appendFileSync(file, stringify(cells.map((row) => companyColumns.columns.map((c) => cellText(row[c.name])))));
  written += cells.length;
}
console.log(`${file}: ${written} companies, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);

const env = { NEO4J_DATA_DIR: path.join(dir, 'neo4j'), NEO4J_BOLT_PORT: '7701', NEO4J_HEAP_MB: '2048', NEO4J_PAGECACHE_MB: '1024', ...process.env };
const graph = await connectGraph(readGraphConfig(env), { log: (line) => console.error(line) });
try {
  await applySchema(graph);
  const run = async (label: string, dryRun = false): Promise<ImportResult> => {
    const started = performance.now();
    const result = await importFile(graph, { file, dryRun });
    const seconds = (performance.now() - started) / 1000;
    console.log(`${label}: ${seconds.toFixed(1)} s, ${Math.round(result.records / seconds)} rows/s — ${summaryLine(result)}`);
    return result;
  };
  await run('first import (created)');
  await run('second import (unchanged)');
  await run('dry run (unchanged)', true);
} finally {
  await graph.close();
}
