import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A figure is measured, or `n/a` (capability not built, section not selected, or it failed). */
export type Figure = number | 'n/a';

export type Section = 'load' | 'query' | 'graphql' | 'loadtest' | 'monitoring' | 'frontend';

export interface ResultRow {
  /** Stable key, e.g. `query.trace`; --only selects by its prefix. */
  name: string;
  section: Section;
  title: string;
  /** `n/a`: not measured (see note); `error`: the capability threw (see note). */
  status: 'ok' | 'n/a' | 'error';
  note?: string;
  figures: Record<string, Figure>;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; loadAverageAtStart?: number; loadAverageAtEnd?: number };
  versions: Record<string, string>;
  scale: string;
  companies: number;
  seed: number;
  quick: boolean;
  corpus: Record<string, Figure | string>;
  rows: ResultRow[];
}

export function machine(): BenchReport['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** What a row is before it is measured: its name, place, title and the figures it will carry. */
export interface RowSpec {
  name: string;
  section: Section;
  title: string;
  keys: readonly string[];
}

/** A row with every figure `n/a`, for a capability or section that did not run (or failed: `error`). */
export function notMeasured(spec: RowSpec, note: string, status: 'n/a' | 'error' = 'n/a'): ResultRow {
  return { name: spec.name, section: spec.section, title: spec.title, status, note, figures: Object.fromEntries(spec.keys.map((k) => [k, 'n/a' as Figure])) };
}

/** A measured row; keys the spec names but `figures` lacks are `n/a`. */
export function measured(spec: RowSpec, figures: Record<string, Figure>, note?: string): ResultRow {
  const all = Object.fromEntries(spec.keys.map((k) => [k, figures[k] ?? ('n/a' as Figure)]));
  return { name: spec.name, section: spec.section, title: spec.title, status: 'ok', ...(note ? { note } : {}), figures: all };
}

/** The first line of an error, for a row's note. */
export function failure(error: unknown): string {
  return `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
}

export function formatFigure(value: Figure): string {
  if (value === 'n/a') return 'n/a';
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Markdown tables: one per section, split where a section's rows carry different figures. */
export function formatTables(rows: readonly ResultRow[]): string {
  const out: string[] = [];
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    out.push(`### ${sectionTitles[section]}`, '');
    const inSection = rows.filter((r) => r.section === section);
    const shapes = [...new Set(inSection.map((r) => Object.keys(r.figures).join('|')))];
    for (const shape of shapes) {
      const keys = shape.split('|');
      out.push(`| row | ${keys.join(' | ')} | note |`);
      out.push(`|---|${keys.map(() => '--:').join('|')}|---|`);
      for (const row of inSection.filter((r) => Object.keys(r.figures).join('|') === shape)) {
        out.push(`| ${row.title} | ${keys.map((k) => formatFigure(row.figures[k]!)).join(' | ')} | ${row.note ?? ''} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

const sectionTitles: Record<Section, string> = {
  load: 'Load (bulk build vs the bare offline importer; online loader vs bare UNWIND … CREATE; CPU-seconds and load average)',
  query: 'Queries (ms; project function vs the same Cypher through the raw driver)',
  graphql: 'GraphQL over HTTP (loopback; ratios against a bare node:http server running the same statements)',
  loadtest: 'Load test (mixed analyst workload)',
  monitoring: 'Monitoring (issue 16, `--monitoring`; ms; against a bare hand-written read of the same page of events; CPU-seconds and load average)',
  frontend: 'Front end (headless Chromium, software rendering)',
};

/** Writes bench-results/<timestamp>.json and returns its path. */
export function writeJson(report: BenchReport, outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
