import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { validateUscc } from '../../graph/domain/uscc.ts';
import { isCalendarDate, today } from '../args.ts';
import { renderCreditReport } from '../report/render.ts';
import { runCli, UsageError, userPath } from './run.ts';

const usage = `usage: npm run report -- --uscc <USCC> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--lang zh|en] --out report.pdf|report.html
The company credit report as of a date: registration, credit file, grades, listings and their measures
with legal basis, exposure, monitoring events since --since (default a year before), sources.`;

runCli('report', usage, async (graph) => {
  const { values } = parseArgs({
    options: { uscc: { type: 'string' }, 'as-of': { type: 'string' }, since: { type: 'string' }, lang: { type: 'string', default: 'zh' }, out: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.error(usage);
    return 0;
  }
  if (!values.uscc) throw new UsageError('--uscc is required');
  const uscc = validateUscc(values.uscc);
  if (!uscc.valid) throw new UsageError(`--uscc ${values.uscc}: ${uscc.errors.map((e) => e.message).join('; ')}`);
  if (!values.out || !/\.(pdf|html?)$/i.test(values.out)) throw new UsageError('--out must name a .pdf or .html file');
  const asOf = values['as-of'] ?? today();
  for (const [name, value] of [['as-of', asOf], ['since', values.since]] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got '${value}'`);
  }
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError('--lang must be zh or en');
  const format = values.out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'html';
  const report = await renderCreditReport(graph, { companyId: uscc.normalized, asOf, since: values.since, lang: values.lang, format });
  fs.writeFileSync(await userPath(values.out), report);
  console.error(`credit report of ${uscc.normalized} as of ${asOf} → ${values.out}`);
  return 0;
});
