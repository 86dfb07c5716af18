import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import type { Graph, ManagedTransaction } from '../../../graph/driver.ts';
import { companiesByLei } from '../../../graph/load/importLookup.ts';
import { addReports, linkId, mergeNodes, mergeRelationships, type LoadReport, type RelationshipRow } from '../../../graph/load/index.ts';
import { NodeKind, Rel } from '../../../graph/model.ts';
import type { MapContext } from '../context.ts';
import { formatProblem, sortProblems, warning, type Problem } from '../problems.ts';
import type { ImportResult, KindSummary } from '../run.ts';
import { today } from '../values.ts';
import { isLevel1, isLevel2, rr } from './columns.ts';
import { countryOf, defaultCountries, mapEntity, type Row } from './entity.ts';
import { mapRelationship, type Consolidation } from './relationship.ts';

/**
 * GLEIF golden-copy import, streamed: the level-1 file (LEI-CDF) and the level-2 relationship file
 * (RR-CDF) are gigabytes, so records are read one at a time and written in batches (each one
 * transaction of idempotent MERGEs): memory stays flat, a re-run changes nothing, an interrupted
 * run is finished by running it again. Unlike the other importers a file is not all-or-nothing: a
 * bad record is reported with its line and left out, the others are written.
 */

export interface GleifOptions {
  file: string;
  /** Two-letter jurisdictions imported from level 1 (default CN, HK, MO). */
  countries?: readonly string[];
  namespace?: string;
  dryRun?: boolean;
  batchSize?: number;
  now?: Date;
  /** Called after each batch with the bytes read so far and the file's size (progress of a long import). */
  onProgress?: (bytesRead: number, bytes: number) => void;
}

/** Problems listed in full; beyond this they are only counted. */
const problemsListed = 1_000;

class RolledBack extends Error {}

async function writeBatch(graph: Graph, dryRun: boolean, work: (tx: ManagedTransaction) => Promise<LoadReport>): Promise<LoadReport> {
  if (!dryRun) return graph.writeTransaction(work);
  let report: LoadReport = {};
  try {
    await graph.writeTransaction(async (tx) => {
      report = await work(tx);
      throw new RolledBack();
    });
  } catch (caught) {
    if (!(caught instanceof RolledBack)) throw caught;
  }
  return report;
}

export async function importGleif(graph: Graph, options: GleifOptions): Promise<ImportResult> {
  const label = path.basename(options.file);
  const now = options.now ?? new Date();
  const ctx: MapContext = { file: label, namespace: options.namespace ?? '', today: today(now) };
  const countries = new Set((options.countries ?? defaultCountries).map((c) => c.trim().toUpperCase()));
  const batchSize = options.batchSize ?? 5_000;
  const recordedAt = now.toISOString();
  const problems: Problem[] = [];
  const skipped: Record<string, number> = {};
  const report: LoadReport = {};
  const rejected: Record<string, number> = {};
  let records = 0;
  let errors = 0;
  let warnings = 0;
  let level: 1 | 2 | null = null;
  const note = (problem: Problem) => {
    if (problem.severity === 'error') errors++;
    else warnings++;
    if (problems.length < problemsListed) problems.push(problem);
  };

  let companies: Array<{ id: string; props: Record<string, unknown> }> = [];
  let links: Array<{ line: number; link: Consolidation }> = [];
  const flush = async () => {
    if (level === 1 && companies.length > 0) {
      const rows = companies.map((c) => ({ id: c.id, props: { ...c.props, recordedAt } })) as Parameters<typeof mergeNodes>[2];
      addReports(report, await writeBatch(graph, options.dryRun === true, (tx) => mergeNodes(tx, NodeKind.Company, rows, rows.length)));
    }
    if (level === 2 && links.length > 0) {
      const ids = await companiesByLei(graph, links.flatMap(({ link }) => [link.childLei, link.parentLei]));
      const rows: RelationshipRow[] = [];
      for (const { line, link } of links) {
        const child = ids.get(link.childLei);
        const parent = ids.get(link.parentLei);
        if (!child && !parent) {
          skipped['relationship outside the graph'] = (skipped['relationship outside the graph'] ?? 0) + 1;
          continue;
        }
        if (!child || !parent) {
          const [column, missing] = child ? [rr.parent, link.parentLei] : [rr.child, link.childLei];
          note(warning(line, column, `LEI ${missing} is not in the graph (import its level-1 record first, or it is outside --country)`));
          rejected[Rel.CONSOLIDATED_BY] = (rejected[Rel.CONSOLIDATED_BY] ?? 0) + 1;
          continue;
        }
        rows.push({ id: linkId(`${Rel.CONSOLIDATED_BY}:${link.level}`, child, parent), from: child, to: parent, props: { ...link.props, recordedAt } });
      }
      if (rows.length > 0) addReports(report, await writeBatch(graph, options.dryRun === true, (tx) => mergeRelationships(tx, Rel.CONSOLIDATED_BY, rows, rows.length)));
    }
    companies = [];
    links = [];
    options.onProgress?.(input.bytesRead, size);
  };

  const size = fs.statSync(options.file).size;
  const input = fs.createReadStream(options.file);
  const parser = input.pipe(parse({ columns: true, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
    if (level === null) {
      const header = Object.keys(record);
      level = isLevel1(header) ? 1 : isLevel2(header) ? 2 : null;
      if (level === null) throw new GleifFormatError(`${label}: neither a GLEIF level-1 (LEI, Entity.LegalName …) nor a level-2 relationship file (Relationship.StartNode.NodeID …)`);
    }
    records++;
    const line = info.lines;
    if (level === 1) {
      const country = countryOf(record);
      if (!countries.has(country)) {
        skipped[`LEI record outside ${[...countries].join(',')}`] = (skipped[`LEI record outside ${[...countries].join(',')}`] ?? 0) + 1;
        continue;
      }
      const mapped = mapEntity(record, line, ctx);
      mapped.problems.forEach(note);
      if (mapped.company) companies.push({ id: mapped.company.id, props: { ...mapped.company, id: undefined } });
      else rejected[NodeKind.Company] = (rejected[NodeKind.Company] ?? 0) + 1;
    } else {
      const mapped = mapRelationship(record, line, ctx);
      if (mapped.kind === 'skipped') skipped[mapped.type] = (skipped[mapped.type] ?? 0) + 1;
      else if (mapped.kind === 'problem') {
        note(mapped.problem);
        rejected[Rel.CONSOLIDATED_BY] = (rejected[Rel.CONSOLIDATED_BY] ?? 0) + 1;
      } else links.push({ line, link: mapped.link });
    }
    if (companies.length + links.length >= batchSize) await flush();
  }
  await flush();

  const summary: Record<string, KindSummary> = {};
  for (const [kind, counts] of Object.entries(report)) summary[kind] = { created: counts.created, updated: counts.updated, unchanged: counts.unchanged, rejected: counts.missing };
  for (const [kind, count] of Object.entries(rejected)) (summary[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 }).rejected += count;
  const listed = sortProblems(problems).map((p) => formatProblem(label, p));
  if (errors + warnings > problems.length) listed.push(`${label}: … and ${errors + warnings - problems.length} more problems`);
  return {
    file: options.file,
    format: 'gleif',
    problems: listed,
    errors,
    warnings,
    records,
    acceptedRecords: records - errors,
    written: options.dryRun !== true,
    dryRun: options.dryRun === true,
    summary,
    skipped,
    resumedAt: 0,
    units: 0,
  };
}

export class GleifFormatError extends Error {
  override name = 'GleifFormatError';
}
