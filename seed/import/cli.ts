import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { DatabaseUnavailableError, StartupError } from '../../graph/errors.ts';
import type { NodeKind } from '../../graph/model.ts';
import { applySchema } from '../../graph/schema.ts';
import { EncodingError, type Encoding } from './decode.ts';
import { importFormats, type ImportFormat } from './detect.ts';
import { ChangedSinceInterruptionError, ImportInputError, importFile } from './run.ts';
import { summaryLine, summaryTable } from './summary.ts';

const usage = `usage: npm run import -- <file>… [--format ${importFormats.join('|')}] [--dry-run] [--skip-invalid]
       [--namespace PREFIX] [--encoding utf8|gb18030] [--batch-size N] [--rejects-dir DIR] [--country CN,HK,MO] [--restart]
Files are imported in order, each all-or-nothing. See docs/import-export.md.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      namespace: { type: 'string', default: '' },
      encoding: { type: 'string' },
      'batch-size': { type: 'string', default: '5000' },
      'rejects-dir': { type: 'string' },
      country: { type: 'string', default: 'CN,HK,MO' },
      restart: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const format = values.format as ImportFormat | undefined;
  if (format && !importFormats.includes(format)) throw new ImportInputError(`--format must be one of ${importFormats.join(', ')}`);
  if (values.encoding && values.encoding !== 'utf8' && values.encoding !== 'gb18030') throw new ImportInputError('--encoding must be utf8 or gb18030');
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new ImportInputError('--batch-size must be a positive whole number');
  // npm runs scripts from the package root; paths on the command line are relative to where the user was.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const missing = positionals.filter((file) => !fs.existsSync(path.resolve(cwd, file)));
  if (missing.length > 0) throw new ImportInputError(`no such file: ${missing.join(', ')}`);

  const graph = await connectGraph(readGraphConfig(), { log: (line) => console.error(line) });
  let failed = false;
  try {
    await applySchema(graph);
    const knownIds = new Map<string, NodeKind>();
    for (const file of positionals) {
      const bar = new cliProgress.SingleBar({ stream: process.stderr, format: `${path.basename(file)} [{bar}] {value}/{total} units | {eta_formatted} left`, hideCursor: true }, cliProgress.Presets.shades_classic);
      const result = await importFile(graph, {
        file: path.resolve(cwd, file),
        format,
        dryRun: values['dry-run'],
        skipInvalid: values['skip-invalid'],
        namespace: values.namespace,
        encoding: values.encoding as Encoding | undefined,
        idHashSalt: process.env.ID_HASH_SALT || undefined,
        batchSize,
        restart: values.restart,
        rejectsDir: path.resolve(cwd, values['rejects-dir'] ?? '.'),
        // Only a dry run needs what earlier files define: a real run has written them to the graph, and
        // remembering every id of a large file would undo the streaming reader's flat memory.
        knownIds: values['dry-run'] && positionals.length > 1 ? knownIds : undefined,
        countries: values.country.split(',').filter(Boolean),
        onStart: (units, resumedAt) => {
          if (resumedAt > 0) console.error(`${path.basename(file)}: resuming an interrupted import at unit ${resumedAt + 1} of ${units}`);
          bar.start(units, resumedAt);
        },
        onUnit: (index) => bar.update(index + 1),
      }).finally(() => bar.stop());
      if (result.notice) console.error(result.notice);
      if (result.restartNotice) console.error(result.restartNotice);
      for (const problem of result.problems) console.error(problem);
      console.log(summaryLine({ ...result, file: path.relative(cwd, result.file) || result.file }));
      for (const line of summaryTable(result)) console.log(line);
      if (result.rejectsFile) console.log(`  rejected records and reasons: ${path.relative(cwd, result.rejectsFile)}`);
      if (result.errors > 0 && !values['skip-invalid']) failed = true;
    }
  } finally {
    await graph.close();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usageError = error instanceof ImportInputError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof StartupError) console.error(error.toLine());
    else if (usageError) console.error(`scs-graph import: ${(error as Error).message}\n${usage}`);
    else console.error(`scs-graph import: ${failureLine(error)}`);
    process.exit(usageError ? 2 : 1);
  },
);

/**
 * One line for a failure that is not the user's command line: a refused file, a database that went
 * away mid-import (what is committed stays, and the checkpoint resumes it), or else the message alone.
 */
function failureLine(error: unknown): string {
  if (error instanceof EncodingError || error instanceof ChangedSinceInterruptionError) return error.message;
  if (error instanceof DatabaseUnavailableError || (error instanceof Error && error.name === 'Neo4jError')) {
    return `the database stopped answering during the import (${firstLine(error.message)}); the units committed before stay, and running the same command again resumes after them`;
  }
  return error instanceof Error ? `${error.name}: ${firstLine(error.message)}` : String(error);
}

const firstLine = (text: string): string => text.split('\n')[0]!.slice(0, 300);
