import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Graph } from '../../graph/driver.ts';
import { readCheckpoint } from '../../graph/load/checkpoint.ts';
import { nodeKindsOf } from '../../graph/load/importLookup.ts';
import { awaitNameSearch } from '../../graph/load/nameSearch.ts';
import type { LoadReport } from '../../graph/load/index.ts';
import { linkSameAsCandidates } from '../../graph/matching/sameAs.ts';
import { NodeKind } from '../../graph/model.ts';
import { storeStaleReaches } from '../../graph/monitoring/reach.ts';
import { mapBods } from './bods/map.ts';
import type { MapContext } from './context.ts';
import { stripControlCharacters } from './controls.ts';
import { mapCsv, streamCsv } from './csv/index.ts';
import { decode, fileEncoding, type Encoding, type FileEncoding } from './decode.ts';
import { csvKindOf, detectFormat, importFormats, type ImportFormat } from './detect.ts';
import { factKind, type ImportRecord, type Mapped } from './facts.ts';
import { mapFtm, readFtmSubjects, streamFtm } from './ftm/map.ts';
import { importGleif } from './gleif/index.ts';
import { mapRegistry } from './registry/map.ts';
import { readRegistryCsv, readWorkbook } from './registry/sheet.ts';
import { mapOpensanctionsCn, streamOpensanctionsCn } from './opensanctionsCn.ts';
import { error, formatProblem, hasErrors, sortProblems, type Problem } from './problems.ts';
import { writeRejects } from './rejects.ts';
import { today } from './values.ts';
import { checkRecords } from './validate.ts';
import { checkStream } from './streamCheck.ts';
import { countUnits, dryRunUnits, planUnits, resumePoint, writeUnits, type CheckpointState, type WriteUnit } from './write.ts';

/**
 * One file's import, start to end: decode → detect → map records → check everything (file, then
 * graph) → write in checkpointed units (or roll back, for a dry run) → summary. Nothing is written
 * when any record has an error, unless `skipInvalid`. CSV files (the column sets and OpenSanctions'
 * table, UTF-8 or GBK) and FtM JSON lines are streamed (importStream); the others are read whole.
 */

export interface ImportOptions {
  file: string;
  format?: ImportFormat;
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** Where rejected records go with `skipInvalid` (default: `<file name>.rejects.csv|jsonl` in `rejectsDir`). */
  rejectsDir?: string;
  namespace?: string;
  encoding?: Encoding;
  idHashSalt?: string;
  /** Facts per write transaction (default 5,000). */
  batchSize?: number;
  /**
   * Start over when the file (or an option that shapes the write) changed since an import of it was
   * interrupted. Without it such an import is refused: resuming would mix two versions.
   */
  restart?: boolean;
  now?: Date;
  /** GLEIF level 1: the jurisdictions imported (default CN, HK, MO). */
  countries?: readonly string[];
  /** Ids (and kinds) that earlier files of the same run define; they count as known. */
  knownIds?: Map<string, NodeKind>;
  /**
   * Read the file whole even where it could be streamed: the reference the streamed readers are
   * tested against (test/import/streamedFormats.test.ts).
   */
  readWhole?: boolean;
  /** Told the number of write units, then called after each commits (progress; throwing aborts). */
  onStart?: (units: number, resumedAt: number) => void;
  onUnit?: (index: number) => void;
}

export interface KindSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportResult {
  file: string;
  format: ImportFormat;
  /** Said when the encoding was guessed. */
  notice?: string;
  /** Said when an interrupted import of another version of the file was set aside (`restart`). */
  restartNotice?: string;
  /** Every problem as `file:line: column: message`, in file order. */
  problems: string[];
  errors: number;
  warnings: number;
  records: number;
  acceptedRecords: number;
  /** True when facts were written (false for a dry run and for a refused file). */
  written: boolean;
  dryRun: boolean;
  /** Per node kind and relationship type. */
  summary: Record<string, KindSummary>;
  /** Records of kinds not imported (FtM schemata such as Address), by kind. */
  skipped: Record<string, number>;
  rejectsFile?: string;
  /** Unit the write resumed at after an interrupted run (0 when it started afresh). */
  resumedAt: number;
  units: number;
}

export class ImportInputError extends Error {
  override name = 'ImportInputError';
}

/** The file changed since an import of it was interrupted: refused, with what to do. */
export class ChangedSinceInterruptionError extends Error {
  override name = 'ChangedSinceInterruptionError';
}

export async function importFile(graph: Graph, options: ImportOptions): Promise<ImportResult> {
  const label = path.basename(options.file);
  if (!fs.existsSync(options.file)) throw new ImportInputError(`no such file: ${options.file}`);
  // GLEIF files are gigabytes: streamed by their own importer, never read whole.
  if ((options.format ?? detectFormat(options.file, fileHead(options.file))) === 'gleif') {
    // Progress in KiB of the file (records are streamed, their number is not known beforehand).
    options.onStart?.(Math.ceil(fs.statSync(options.file).size / 1024), 0);
    const result = await importGleif(graph, { ...options, onProgress: (bytesRead) => options.onUnit?.(Math.floor(bytesRead / 1024) - 1) });
    await awaitNameSearch(graph);
    return result;
  }
  const streamed = await streamedRead(options);
  if (streamed) return importStream(graph, options, streamed);

  const workbook = /\.xlsx$/i.test(options.file);
  const bytes = fs.readFileSync(options.file);
  // A workbook is binary: it is only ever a registry export, read by exceljs.
  const { text, notice } = workbook ? { text: '', notice: undefined } : decode(bytes, label, options.encoding);
  const format = options.format ?? (workbook ? 'registry' : detectFormat(options.file, text));
  if (!format) {
    throw new ImportInputError(`cannot tell the format of ${label}; pass --format (${importFormats.join(' | ')})`);
  }
  const state = checkpointState(options, format, fileDigest(bytes));
  const restartNotice = options.dryRun ? undefined : await checkUnchangedSinceInterruption(graph, label, state, options.restart === true);
  const now = options.now ?? new Date();
  const ctx = mapContext(options, now);
  const mapped = workbook ? mapRegistry(await readWorkbook(bytes), ctx) : mapFile(text, format, ctx);
  const known = new Map([...(options.knownIds ?? []), ...(await nodeKindsOf(graph, mentionedIds(mapped.records)))]);
  const { accepted, rejected } = checkRecords(mapped.records, mapped.fileProblems, known);
  const problems = sortProblems([...mapped.fileProblems, ...mapped.records.flatMap((r) => r.problems)]);
  const result = newResult(options, format, label, problems, mapped.records.length, accepted.length, rejected, mapped.skipped);
  result.notice = notice;
  result.restartNotice = restartNotice;
  if (result.errors > 0 && !options.skipInvalid) return result;
  for (const record of accepted) for (const node of record.nodes) options.knownIds?.set(node.id, node.kind);
  if (rejected.length > 0) result.rejectsFile = writeRejects(options.file, options.rejectsDir ?? process.cwd(), format, text.split(/\r?\n/, 1)[0]!, rejected);
  await writePlanned(graph, options, result, state, () => planUnits(() => accepted, options.batchSize ?? 5_000, now.toISOString()));
  if (format === 'ftm' && result.written) await linkSameAs(graph, result, accepted, label, now);
  return result;
}

/** A file the importer reads as a stream: its format, its digest and a fresh read of its records. */
interface StreamedRead extends FileEncoding {
  format: ImportFormat;
  /** The file's first line (a CSV's header, for the rejects file). */
  header: string;
  /** The records from the file's start; `fileProblems` and `skipped` hear of the file's header and of schemata not imported. */
  records: (fileProblems: Problem[], skipped: Record<string, number>) => AsyncIterable<ImportRecord>;
}

/**
 * How the file is read as a stream, or null when it is read whole: workbooks, BODS (a record's later
 * statements rewrite its earlier ones), JSON that is not UTF-8, files `decode` refuses (read whole
 * for its message) and `readWhole`. The encoding is settled first, in a read of its own.
 */
async function streamedRead(options: ImportOptions): Promise<StreamedRead | null> {
  if (options.readWhole || /\.xlsx$/i.test(options.file)) return null;
  const encoding = await fileEncoding(options.file, path.basename(options.file), options.encoding);
  if (!encoding) return null;
  const head = fileHead(options.file, encoding.encoding);
  const format = options.format ?? detectFormat(options.file, head);
  if (!format) return null;
  const read = { ...encoding, format, header: head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]! };
  const ctx = mapContext(options, options.now ?? new Date());
  const kind = csvKindOf(format);
  if (kind) return { ...read, records: (fileProblems) => streamCsv(options.file, kind, ctx, fileProblems, encoding.encoding) };
  if (format === 'opensanctions-cn') return { ...read, records: (fileProblems) => streamOpensanctionsCn(options.file, ctx, fileProblems, encoding.encoding) };
  if (format !== 'ftm' || encoding.encoding !== 'utf8') return null;
  // FtM links and sanctions refer to subjects anywhere in the file: a first read collects their ids.
  const subjects = await readFtmSubjects(options.file, ctx);
  return { ...read, records: (_fileProblems, skipped) => streamFtm(options.file, ctx, subjects, skipped) };
}

/**
 * A file read as a stream, several times: the check (streamCheck.ts keeps only an index of its ids;
 * a second read and further ones only when records refer ahead or rejections cascade), then the
 * count and the write of the accepted records in units. So the guarantees of the whole-file path
 * hold (nothing is written when a record has an error) in memory that does not hold the file.
 */
async function importStream(graph: Graph, options: ImportOptions, streamed: StreamedRead): Promise<ImportResult> {
  const { format } = streamed;
  const label = path.basename(options.file);
  const state = checkpointState(options, format, streamed.digest);
  const restartNotice = options.dryRun ? undefined : await checkUnchangedSinceInterruption(graph, label, state, options.restart === true);
  const now = options.now ?? new Date();
  const fileProblems: Problem[] = [];
  const skipped: Record<string, number> = {};
  let reads = 0;
  const check = await checkStream(graph, () => (reads++ === 0 ? streamed.records(fileProblems, skipped) : streamed.records([], {})), options.knownIds);
  // As when the file is read whole: a header or syntax error leaves no record to speak of.
  const unreadable = hasErrors(fileProblems);
  const rejected = unreadable ? [] : check.rejected.sort((a, b) => a.line - b.line);
  const problems = sortProblems(unreadable ? fileProblems : [...fileProblems, ...check.problems]);
  const result = newResult(options, format, label, problems, unreadable ? 0 : check.records, unreadable ? 0 : check.accepted, rejected, skipped);
  result.notice = streamed.notice;
  result.restartNotice = restartNotice;
  if (result.errors > 0 && !options.skipInvalid) return result;
  if (rejected.length > 0) result.rejectsFile = writeRejects(options.file, options.rejectsDir ?? process.cwd(), format, streamed.header, rejected);
  async function* accepted(): AsyncGenerator<ImportRecord> {
    for await (const record of streamed.records([], {})) {
      if (check.rejectedLines.has(record.line)) continue;
      for (const node of record.nodes) options.knownIds?.set(node.id, node.kind);
      yield record;
    }
  }
  await writePlanned(graph, options, result, state, () => planUnits(accepted, options.batchSize ?? 5_000, now.toISOString(), check.kinds));
  if (format === 'ftm' && result.written) await linkSameAs(graph, result, accepted(), label, now);
  return result;
}

/**
 * Foreign-list entities without a USCC meet the graph's companies as SAME_AS candidates (never
 * merged), the imported companies 5,000 at a time (each is matched on its own).
 */
async function linkSameAs(graph: Graph, result: ImportResult, records: Iterable<ImportRecord> | AsyncIterable<ImportRecord>, label: string, now: Date): Promise<void> {
  let ids: string[] = [];
  const link = async () => {
    addLoadReport(result.summary, await linkSameAsCandidates(graph, ids, { source: label, recordedAt: now.toISOString() }), false);
    ids = [];
  };
  for await (const record of records) {
    for (const node of record.nodes) if (node.kind === NodeKind.Company && !node.shared) ids.push(node.id);
    if (ids.length >= 5_000) await link();
  }
  await link();
}

/** Writes the planned units (or rolls them back, for a dry run), resuming after an interruption. */
async function writePlanned(graph: Graph, options: ImportOptions, result: ImportResult, state: CheckpointState, plan: () => AsyncGenerator<WriteUnit>): Promise<void> {
  result.units = await countUnits(plan());
  let report: LoadReport;
  if (options.dryRun) {
    options.onStart?.(result.units, 0);
    report = await dryRunUnits(graph, plan());
  } else {
    result.resumedAt = await resumePoint(graph, state);
    options.onStart?.(result.units, result.resumedAt);
    report = await writeUnits(graph, plan(), result.units, result.resumedAt, state, (index) => options.onUnit?.(index));
    result.written = true;
    // Before the SAME_AS candidates, which search the names: what was just written is searchable.
    await awaitNameSearch(graph);
    // Related parties written: the watchlists they touch walk their reach now, not at their next read.
    await storeStaleReaches(graph, today());
  }
  addLoadReport(result.summary, report, result.dryRun);
}

function newResult(options: ImportOptions, format: ImportFormat, label: string, problems: Problem[], records: number, accepted: number, rejected: ImportRecord[], skipped: Record<string, number>): ImportResult {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    file: options.file,
    format,
    problems: problems.map((p) => formatProblem(label, p)),
    errors,
    warnings: problems.length - errors,
    records,
    acceptedRecords: accepted,
    written: false,
    dryRun: options.dryRun === true,
    summary: rejectedSummary(rejected),
    skipped,
    resumedAt: 0,
    units: 0,
  };
}

const mapContext = (options: ImportOptions, now: Date): MapContext => ({ file: path.basename(options.file), namespace: options.namespace ?? '', idHashSalt: options.idHashSalt, today: today(now) });

const checkpointState = (options: ImportOptions, format: ImportFormat, digest: string): CheckpointState => ({
  key: checkpointKey(options.file, options.namespace),
  fingerprint: fingerprint(digest, format, options),
});

export function mapFile(text: string, format: ImportFormat, ctx: MapContext): Mapped {
  const mapped = mapFormat(text, format, ctx);
  stripControlCharacters(mapped.records);
  return mapped;
}

function mapFormat(text: string, format: ImportFormat, ctx: MapContext): Mapped {
  // importFile streams GLEIF files before they get here; a GLEIF text handed in whole is refused.
  if (format === 'gleif') return { records: [], fileProblems: [error(0, 'file', 'GLEIF files are streamed: import them with npm run import')], skipped: {} };
  if (format === 'registry') return mapRegistry(readRegistryCsv(text), ctx);
  if (format === 'ftm') return mapFtm(text, ctx);
  if (format === 'bods') return mapBods(text, ctx);
  if (format === 'opensanctions-cn') return mapOpensanctionsCn(text, ctx);
  return mapCsv(text, csvKindOf(format)!, ctx);
}

/** The first 64 KiB of a file as text, enough to tell its format. */
function fileHead(file: string, encoding: Encoding = 'utf8'): string {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'r');
  try {
    const head = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
    return encoding === 'gb18030' ? iconv.decode(head, 'gb18030') : head.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}


/** Every id the records define or refer to: looked up in the graph before anything is checked. */
function mentionedIds(records: ImportRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    for (const node of record.nodes) ids.add(node.id);
    for (const rel of record.rels) ids.add(rel.from).add(rel.to);
  }
  return ids;
}

/** One checkpoint per file and namespace (the same file may be imported into several namespaces). */
export const checkpointKey = (file: string, namespace = ''): string => `import:${path.resolve(file)}:${namespace}`;

/** SHA-256 of the file's bytes: what an import is keyed by, besides its path and namespace. */
export const fileDigest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Same bytes, same format and the options that change what is written: the same import. The file's
 * digest and the options' stay apart (`digest:options`), so a refusal can say which changed.
 */
function fingerprint(digest: string, format: ImportFormat, options: ImportOptions): string {
  const shape = createHash('sha256')
    .update(JSON.stringify([format, options.namespace ?? '', options.skipInvalid === true, options.batchSize ?? 5_000]))
    .digest('hex');
  return `${digest}:${shape}`;
}

/**
 * An unfinished import of this path under another fingerprint means the file (or the options) changed
 * after an interruption: what that import wrote is in the graph, and resuming would mix versions.
 * Refused unless `restart`, which starts over and says so.
 */
async function checkUnchangedSinceInterruption(graph: Graph, label: string, state: CheckpointState, restart: boolean): Promise<string | undefined> {
  const checkpoint = await readCheckpoint(graph, state.key);
  if (!checkpoint || checkpoint.completed || checkpoint.fingerprint === state.fingerprint) return undefined;
  const [before] = checkpoint.fingerprint.split(':');
  const what = before === state.fingerprint.split(':')[0] ? 'the import options (--format, --namespace, --skip-invalid or --batch-size)' : `the file (SHA-256 was ${before!.slice(0, 12)}…, is ${state.fingerprint.slice(0, 12)}…)`;
  const where = `an import of ${label} was interrupted after unit ${checkpoint.lastBatch + 1} of ${checkpoint.batches} (${checkpoint.updatedAt}) and ${what} changed since`;
  if (!restart) {
    throw new ChangedSinceInterruptionError(
      `${where}; the rows it wrote are in the graph. Put the original file back and run the same command to finish it, or pass --restart to import this version from the start (rows of the interrupted import that this version lacks stay)`,
    );
  }
  return `warning: ${where}; starting this version from the start (--restart); rows of the interrupted import that this version lacks stay in the graph`;
}

const emptySummary = (): KindSummary => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

function rejectedSummary(rejected: ImportRecord[]): Record<string, KindSummary> {
  const summary: Record<string, KindSummary> = {};
  for (const record of rejected) {
    const facts = [...record.nodes.filter((n) => !n.shared), ...record.rels];
    for (const kind of facts.length > 0 ? facts.map(factKind) : [record.kind]) (summary[kind] ??= emptySummary()).rejected++;
  }
  return summary;
}

/**
 * `missing` relationships had an end that was not in the graph at write time. The checks let through
 * only ends in the graph or in an earlier file of the run, so in a dry run (where that file was rolled
 * back) they are ones the real run creates; in a real run the end vanished meanwhile: rejected.
 */
function addLoadReport(summary: Record<string, KindSummary>, report: LoadReport, dryRun: boolean): void {
  for (const [kind, counts] of Object.entries(report)) {
    const into = (summary[kind] ??= emptySummary());
    into.created += counts.created + (dryRun ? counts.missing : 0);
    into.updated += counts.updated;
    into.unchanged += counts.unchanged;
    into.rejected += dryRun ? 0 : counts.missing;
  }
}
