import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { StartupError } from '../../graph/errors.ts';
import { formatScreenCsv, parseScreenCsv, ScreenInputError } from '../../graph/screening/csv.ts';
import { defaultScreenHops, maxScreenHops, screenRows } from '../../graph/screening/screen.ts';
import { isCalendarDate, today } from '../../graph/domain/isoDate.ts';
import { decode, EncodingError, type Encoding } from '../import/decode.ts';

const usage = `usage: npm run screen -- <input.csv> [--out report.csv] [--max-hops 1..${maxScreenHops}] [--as-of YYYY-MM-DD] [--encoding utf8|gb18030]
The input needs a header row with a 'uscc' and/or a 'name' column. The report (one row per input row)
goes to --out, or to standard output. See docs/exposure-ownership.md.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'max-hops': { type: 'string', default: String(defaultScreenHops) },
      'as-of': { type: 'string' },
      encoding: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const maxHops = Number(values['max-hops']);
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > maxScreenHops) throw new ScreenInputError(`--max-hops must be 1..${maxScreenHops}`);
  const asOf = values['as-of'] ?? today();
  if (!isCalendarDate(asOf)) throw new ScreenInputError(`--as-of must be a calendar date YYYY-MM-DD, got ${asOf}`);
  if (values.encoding && values.encoding !== 'utf8' && values.encoding !== 'gb18030') throw new ScreenInputError('--encoding must be utf8 or gb18030');
  // npm runs scripts from the package root; paths on the command line are relative to where the user was.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const file = path.resolve(cwd, positionals[0]!);
  if (!fs.existsSync(file)) throw new ScreenInputError(`no such file: ${positionals[0]}`);
  const decoded = decode(fs.readFileSync(file), positionals[0]!, values.encoding as Encoding | undefined);
  if (decoded.notice) console.error(decoded.notice);
  const inputs = parseScreenCsv(decoded.text);

  const out = values.out ? fs.createWriteStream(path.resolve(cwd, values.out)) : process.stdout;
  const graph = await connectGraph(readGraphConfig(), { log: (line) => console.error(line) });
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `screening [{bar}] {value}/{total} rows | {eta_formatted} left`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const counts = new Map<string, number>();
  let first = true;
  try {
    bar.start(inputs.length, 0);
    await screenRows(graph, inputs, {
      asOf,
      maxHops,
      onProgress: (done) => bar.update(done),
      onBatch: (rows) => {
        for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
        out.write(formatScreenCsv(rows, { header: first }));
        first = false;
      },
    });
  } finally {
    bar.stop();
    await graph.close();
  }
  if (first) out.write(formatScreenCsv([]));
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
  const summary = ['found', 'not_found', 'invalid', 'ambiguous'].map((status) => `${counts.get(status) ?? 0} ${status}`).join(', ');
  console.error(`screened ${inputs.length} rows as of ${asOf} (max ${maxHops} hops): ${summary}${values.out ? ` → ${values.out}` : ''}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usageError = error instanceof ScreenInputError || error instanceof EncodingError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof StartupError) console.error(error.toLine());
    else if (usageError) console.error(`scs-graph screen: ${(error as Error).message}\n${usage}`);
    else console.error(error);
    process.exit(usageError ? 2 : 1);
  },
);
