import type { Graph } from '../driver.ts';
import { exposureHitCap, exposures, type Exposure, type ExposureHit, type ScoredListing } from '../exposure/exposure.ts';
import { ListSeverityCache } from '../exposure/listSeverity.ts';
import type { UsccProblem } from '../domain/uscc.ts';
import type { PathNode, TypedPath } from '../paths/typedPath.ts';
import { resolveFreeSubjects, resolveSubjects, type NameMatchSummary, type Resolution, type Subject, type SubjectInput } from './resolveSubjects.ts';

export const defaultScreenHops = 2;
export const maxScreenHops = 3;
/**
 * Rows resolved and screened together, in at most two stages (by code, by name): a read or three
 * resolve a stage, one reads every subject's listings and hits beside the holder walk (one read per
 * level for all), so the statements per row fall with the batch's size (issue 15 item 6).
 */
export const screenBatchSize = 500;

export type ScreenStatus = Resolution['status'];

export interface ScreenHit {
  party: PathNode;
  hops: number;
  score: number;
  /** The strongest of its shortest paths. */
  path: TypedPath;
}

export interface ScreenRow {
  /** 1-based position of the row in the input. */
  row: number;
  /** The input as given (the USCC, else the name). */
  input: string;
  status: ScreenStatus;
  /** Why the row is invalid, not found or ambiguous; null when found. */
  reason: string | null;
  /** Invalid USCCs: each problem, with expected and found characters where they apply. */
  problems: UsccProblem[];
  candidates: Subject[];
  subject: Subject | null;
  /** A name-only row the company-name matcher resolved: its score and features; null otherwise. */
  match: NameMatchSummary | null;
  ownListings: ScoredListing[];
  exposureHits: number;
  /** Fewest hops first, then highest score. */
  nearestHit: ScreenHit | null;
  topHit: ScreenHit | null;
  /** Companies: ownership-inherited listing (50 % rule); persons and unresolved rows: null. */
  inherited: boolean | null;
  inheritedShare: number | null;
}

export interface ScreenOptions {
  asOf: string;
  maxHops?: number;
  /** Called after each batch of rows with the number of rows done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each finished batch of rows, in input order (a CLI writes them as they come). */
  onBatch?: (rows: ScreenRow[]) => void | Promise<void>;
}

const summary = (hit: ExposureHit | undefined): ScreenHit | null =>
  hit ? { party: hit.party, hops: hit.hops, score: hit.score, path: hit.paths[0]! } : null;

const unresolvedRow = (row: number, input: string, resolution: Exclude<Resolution, { status: 'found' }>): ScreenRow => ({
  row,
  input,
  status: resolution.status,
  reason: resolution.reason,
  problems: resolution.status === 'invalid' ? resolution.problems : [],
  candidates: resolution.status === 'ambiguous' ? resolution.candidates : [],
  subject: null,
  match: null,
  ownListings: [],
  exposureHits: 0,
  nearestHit: null,
  topHit: null,
  inherited: null,
  inheritedShare: null,
});

function screenedRow(row: number, input: string, resolution: Resolution, result: Exposure | undefined): ScreenRow {
  if (resolution.status !== 'found') return unresolvedRow(row, input, resolution);
  const hits = result?.hits ?? [];
  const nearest = [...hits].sort((a, b) => a.hops - b.hops || b.score - a.score || a.party.id.localeCompare(b.party.id))[0];
  return {
    row,
    input,
    status: 'found',
    reason: null,
    problems: [],
    candidates: [],
    subject: resolution.subject,
    match: resolution.match ?? null,
    ownListings: result?.subjectListings ?? [],
    exposureHits: result?.totalHits ?? 0,
    nearestHit: summary(nearest),
    topHit: summary(hits[0]),
    inherited: result?.inherited?.inherited ?? null,
    inheritedShare: result?.inherited ? result.inherited.share : null,
  };
}

/** Resolves the rows at these positions of the input. */
type Resolve = (positions: number[]) => Promise<Resolution[]>;

/**
 * Rows of a batch in resolution stages: a stage's rows are resolved, then screened, beside the other
 * stages, so rows by code (one index seek for all) are walked while the names still go through the
 * full-text index and the company-name matcher, which take most of a batch's resolution at 1M.
 */
function stagesOf(positions: readonly number[], stageOf: (position: number) => number): number[][] {
  const stages = new Map<number, number[]>();
  for (const position of positions) {
    const stage = stageOf(position);
    if (!stages.has(stage)) stages.set(stage, []);
    stages.get(stage)!.push(position);
  }
  return [...stages.values()];
}

async function screenResolved(graph: Graph, inputs: readonly string[], resolve: Resolve, stageOf: (position: number) => number, options: ScreenOptions): Promise<ScreenRow[]> {
  const maxHops = options.maxHops ?? defaultScreenHops;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > maxScreenHops) throw new RangeError(`maxHops must be 1..${maxScreenHops}, got ${maxHops}`);
  const severities = new ListSeverityCache(graph, options.asOf);
  // A stage's subjects are screened together: a few statements for all of them, not a few per row.
  const screenStage = async (positions: number[]): Promise<ScreenRow[]> => {
    const resolutions = await resolve(positions);
    const subjects = resolutions.flatMap((resolution) => (resolution.status === 'found' ? [resolution.subject.id] : []));
    const results = subjects.length > 0 ? await exposures(graph, subjects, { asOf: options.asOf, maxHops, first: exposureHitCap, severities }) : new Map<string, Exposure>();
    return positions.map((position, i) => {
      const resolution = resolutions[i]!;
      return screenedRow(position + 1, inputs[position]!, resolution, resolution.status === 'found' ? results.get(resolution.subject.id) : undefined);
    });
  };
  const rows: ScreenRow[] = [];
  for (let start = 0; start < inputs.length; start += screenBatchSize) {
    const positions = inputs.slice(start, start + screenBatchSize).map((_, i) => start + i);
    const screened = await Promise.all(stagesOf(positions, stageOf).map(screenStage));
    const batch = screened.flat().sort((a, b) => a.row - b.row);
    rows.push(...batch);
    options.onProgress?.(rows.length, inputs.length);
    await options.onBatch?.(batch);
  }
  return rows;
}

/**
 * Screens CSV-style rows (uscc and/or name): one output row per input row, in input order. Invalid,
 * unknown and ambiguous rows are reported, never dropped. Found subjects get their own active
 * blacklist listings, exposure within `maxHops` (default 2, at most 3), the nearest and the
 * top-scoring hit, and the ownership-inherited listing test.
 */
export function screenRows(graph: Graph, inputs: readonly SubjectInput[], options: ScreenOptions): Promise<ScreenRow[]> {
  const texts = inputs.map((input) => (input.uscc?.trim() || input.name?.trim()) ?? '');
  // Rows with a USCC are resolved by one index seek; the rest by name.
  const byName = (position: number) => (inputs[position]!.uscc?.trim() ? 0 : 1);
  return screenResolved(graph, texts, (positions) => resolveSubjects(graph, positions.map((i) => inputs[i]!)), byName, options);
}

/** Screens free-form subjects (ids, USCCs or names), as the GraphQL `screen` query does. */
export function screenSubjects(graph: Graph, subjects: readonly string[], options: ScreenOptions): Promise<ScreenRow[]> {
  return screenResolved(graph, subjects, (positions) => resolveFreeSubjects(graph, positions.map((i) => subjects[i]!)), () => 0, options);
}
