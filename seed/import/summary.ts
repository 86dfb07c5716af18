import type { ImportResult, KindSummary } from './run.ts';

/** The import's report for a terminal: a table per kind and one summary line. */
export function summaryTable(result: ImportResult): string[] {
  const kinds = Object.keys(result.summary).sort(byKindOrder);
  const width = Math.max(12, ...kinds.map((k) => k.length));
  const head = `  ${'kind'.padEnd(width)} ${['created', 'updated', 'unchanged', 'rejected'].map((h) => h.padStart(9)).join(' ')}`;
  const row = (kind: string, s: KindSummary) => `  ${kind.padEnd(width)} ${[s.created, s.updated, s.unchanged, s.rejected].map((n) => String(n).padStart(9)).join(' ')}`;
  const lines = [head, ...kinds.map((k) => row(k, result.summary[k]!))];
  const skipped = Object.entries(result.skipped);
  if (skipped.length > 0) lines.push(`  skipped (not imported): ${skipped.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return lines;
}

/** `file: format, N records (E errors, W warnings): created … — written|dry run|NOT written`. */
export function summaryLine(result: ImportResult): string {
  const total = Object.values(result.summary).reduce(
    (sum, s) => ({ created: sum.created + s.created, updated: sum.updated + s.updated, unchanged: sum.unchanged + s.unchanged, rejected: sum.rejected + s.rejected }),
    { created: 0, updated: 0, unchanged: 0, rejected: 0 },
  );
  const outcome = result.dryRun ? 'dry run, nothing written' : result.written ? 'written' : 'NOT written (fix the errors, or pass --skip-invalid)';
  const resumed = result.resumedAt > 0 ? `, resumed at unit ${result.resumedAt + 1}/${result.units}` : '';
  return (
    `${result.file}: ${result.format}, ${plural(result.records, 'record')} (${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}): ` +
    `created ${total.created}, updated ${total.updated}, unchanged ${total.unchanged}, rejected ${total.rejected} — ${outcome}${resumed}`
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const order = ['CreditList', 'Company', 'Person', 'Listing'];
function byKindOrder(a: string, b: string): number {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
