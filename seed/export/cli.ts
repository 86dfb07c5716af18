import path from 'node:path';
import { parseArgs } from 'node:util';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { StartupError } from '../../graph/errors.ts';
import { exportFormats, exportGraph, type ExportFormat } from './run.ts';
import { SubjectNotFound } from './select.ts';

const usage = `usage: npm run export -- --format ${exportFormats.join('|')} [--subject ID --hops N] [--out PATH]
  csv writes companies.csv, persons.csv, relations.csv, listings.csv into the --out folder (default export/);
  the others write one file (default export.<ext>). Without --subject the whole graph's companies and persons are exported.`;

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      subject: { type: 'string' },
      hops: { type: 'string', default: '1' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error(usage);
    return 0;
  }
  const format = values.format as ExportFormat;
  if (!exportFormats.includes(format)) throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
  const hops = Number(values.hops);
  if (!Number.isInteger(hops) || hops < 0 || hops > 6) throw new UsageError('--hops must be a whole number from 0 to 6');
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const defaults: Record<ExportFormat, string> = { csv: 'export', ftm: 'export.ftm.json', graphml: 'export.graphml', cytoscape: 'export.cyjs' };
  const out = path.resolve(cwd, values.out ?? defaults[format]);

  const graph = await connectGraph(readGraphConfig(), { log: (line) => console.error(line) });
  try {
    const result = await exportGraph(graph, format, out, { subject: values.subject, hops }, (parties) => process.stderr.write(`\r${parties} companies and persons…`));
    process.stderr.write('\n');
    console.log(`exported ${result.parties} companies and persons, ${result.relationships} relationships, ${result.listings} listings → ${result.files.map((f) => path.relative(cwd, f)).join(', ')}`);
    const omitted = Object.entries(result.omitted);
    if (omitted.length > 0) console.log(`  not expressible in ${format}, left out: ${omitted.map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (result.bounded) console.log('  the neighbourhood was cut at 100,000 companies and persons: the export is partial');
  } finally {
    await graph.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usageError = error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof StartupError) console.error(error.toLine());
    else if (usageError || error instanceof SubjectNotFound) console.error(`scs-graph export: ${(error as Error).message}${usageError ? `\n${usage}` : ''}`);
    else console.error(error);
    process.exit(usageError ? 2 : 1);
  },
);
