import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { changes, type ExplainedChange } from '../../graph/monitoring/changes.ts';
import { evaluateDate } from '../../graph/monitoring/evaluate.ts';
import { pathInWords } from '../../graph/paths/pathWords.ts';
import { isCalendarDate, today } from '../args.ts';
import { deliverWebhooks } from '../monitoring/webhooks.ts';
import { runCli, UsageError, userPath } from './run.ts';

const usage = `usage:
  npm run monitor -- --watchlist W --since YYYY-MM-DD [--kinds k1,k2] [--out events.csv]
  npm run monitor -- evaluate [--date YYYY-MM-DD]            (the daily evaluation; default today)
  npm run monitor -- deliver [--watchlist W] [--since YYYY-MM-DD] (POST new events to the webhooks; WEBHOOK_SECRET signs them)
See docs/monitoring.md.`;

const eventColumns = ['recorded_at', 'on', 'kind', 'subject_id', 'subject_name', 'fact_id', 'watched_id', 'path', 'changes', 'measures_now_applying', 'measures_no_longer_applying', 'exposure_before', 'exposure_after', 'source', 'event_id'];

const eventRow = (e: ExplainedChange) => [
  e.recordedAt,
  e.on,
  e.kind,
  e.subjectId,
  e.subjectName ?? '',
  e.factId,
  e.watchedId,
  pathInWords(e.path),
  e.fields.map((f) => `${f.field}: ${f.before ?? ''} → ${f.after ?? ''}`).join('; '),
  e.measuresNowApplying.map((m) => m.id).join('; '),
  e.measuresNoLongerApplying.map((m) => m.id).join('; '),
  e.exposureBefore ?? '',
  e.exposureAfter ?? '',
  e.source,
  e.id,
];

function date(option: string, value: string | undefined, fallback?: string): string {
  const chosen = value ?? fallback;
  if (!chosen) throw new UsageError(`--${option} is required`);
  if (!isCalendarDate(chosen)) throw new UsageError(`--${option} must be a date YYYY-MM-DD, got '${chosen}'`);
  return chosen;
}

runCli('monitor', usage, async (graph) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      watchlist: { type: 'string' },
      since: { type: 'string' },
      kinds: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error(usage);
    return 0;
  }
  const [command] = positionals;
  if (command === 'evaluate') {
    const result = await evaluateDate(graph, date('date', values.date, today()));
    const counts = Object.entries(result.events).map(([kind, n]) => `${n} ${kind}`).join(', ') || 'no events';
    console.error(`evaluated ${result.from === result.date ? result.date : `${result.from} … ${result.date}`}: ${counts}`);
    return 0;
  }
  if (command === 'deliver') {
    const since = date('since', values.since, new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
    const report = await deliverWebhooks(graph, { secret: process.env.WEBHOOK_SECRET ?? '', since, watchlist: values.watchlist, log: (line) => console.error(line) });
    console.error(`webhooks: ${report.delivered} delivered, ${report.failed} failed, ${report.skipped} already delivered`);
    return report.failed > 0 ? 1 : 0;
  }
  if (command !== undefined) throw new UsageError(`unknown command '${command}'`);
  if (!values.watchlist) throw new UsageError('--watchlist is required');
  const since = date('since', values.since);
  const kinds = values.kinds ? (values.kinds.split(',').map((k) => k.trim()) as ExplainedChange['kind'][]) : null;
  const events: ExplainedChange[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await changes(graph, { watchlist: values.watchlist, since, kinds, first: 200, after });
    events.push(...page.items);
    process.stderr.write(`\r${events.length}/${page.totalCount} events`);
    if (!page.hasNextPage) break;
    after = page.items.at(-1)!.cursor;
  }
  process.stderr.write('\n');
  const csv = stringify([eventColumns, ...events.map(eventRow)]);
  if (values.out) fs.writeFileSync(await userPath(values.out), csv);
  else process.stdout.write(csv);
  console.error(`${events.length} events of watchlist ${values.watchlist} since ${since}${values.out ? ` → ${values.out}` : ''}`);
  return 0;
});
