import type { Graph } from '../driver.ts';
import { MonitoringLabel } from '../model.ts';
import { parseScreenCsv, ScreenInputError } from '../screening/csv.ts';
import { storeReach } from './reach.ts';
import { resolveFreeSubjects, resolveSubjects, type Resolution } from '../screening/resolveSubjects.ts';

/**
 * Watchlists: named sets of companies and persons with a depth (0: the subject only; 1–3: related
 * parties through shareholding, officers, legal representatives and branches, see relatedParties.ts).
 * Stored apart from the SCS data under their own labels (graph/model.ts, MonitoringLabel).
 */

export const maxWatchDepth = 3;

export interface WatchedSubject {
  id: string;
  kind: string;
  name: string | null;
  addedAt: string;
}

export interface Watchlist {
  id: string;
  name: string;
  depth: number;
  createdAt: string;
  subjects: WatchedSubject[];
}

export class WatchlistError extends Error {
  override name = 'WatchlistError';
  constructor(
    message: string,
    /** Per input line (CSV) or per input (ids): what is wrong. */
    readonly problems: Array<{ line: number; input: string; reason: string }> = [],
  ) {
    super(message);
  }
}

const { Watchlist: WL, WatchedSubject: WS } = MonitoringLabel;

export function checkDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 0 || depth > maxWatchDepth) throw new WatchlistError(`depth must be a whole number from 0 to ${maxWatchDepth}, not ${depth}`);
  return depth;
}

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (!/^[\p{L}\p{N}_.-][\p{L}\p{N} _.-]{0,79}$/u.test(trimmed)) {
    throw new WatchlistError(`watchlist name '${name}' must be 1–80 letters, digits, spaces, '_', '.' or '-'`);
  }
  return trimmed;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Creates the watchlist, or changes its depth when it exists; its reach is walked and stored at once. */
export async function saveWatchlist(graph: Graph, name: string, depth: number, now = new Date()): Promise<Watchlist> {
  const id = checkName(name);
  await graph.writeTransaction(async (tx) => {
    await tx.run(`MERGE (w:${WL} {id: $id}) ON CREATE SET w.name = $id, w.createdAt = $now SET w.depth = $depth, w.reachOn = null`, {
      id,
      depth: checkDepth(depth),
      now: now.toISOString(),
    });
    await storeReach(tx, id, today(now));
  });
  return (await watchlist(graph, id))!;
}

export async function deleteWatchlist(graph: Graph, name: string): Promise<boolean> {
  const rows = await graph.write<{ n: number }>(
    `MATCH (w:${WL} {id: $id}) OPTIONAL MATCH (w)-[:REACHES|COUNTS]->(r:${MonitoringLabel.Reach}|${MonitoringLabel.EventCount}) DETACH DELETE r WITH DISTINCT w DETACH DELETE w RETURN count(*) AS n`,
    { id: name },
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Input lines that did not resolve to exactly one company or person, in words. */
function unresolved(inputs: readonly string[], resolutions: readonly Resolution[], firstLine: number) {
  return resolutions.flatMap((resolution, index) =>
    resolution.status === 'found' ? [] : [{ line: index + firstLine, input: inputs[index] ?? '', reason: resolution.reason }],
  );
}

function refuse(what: string, problems: Array<{ line: number; input: string; reason: string }>): never {
  const lines = problems.map((p) => `${what} ${p.line} (${p.input}): ${p.reason}`).join('; ');
  throw new WatchlistError(`nothing added: ${problems.length} ${problems.length === 1 ? 'entry does' : 'entries do'} not name exactly one company or person — ${lines}`, problems);
}

async function addResolved(graph: Graph, id: string, subjectIds: readonly string[], now: Date): Promise<Watchlist> {
  await graph.writeTransaction(async (tx) => {
    const found = await tx.run(`MATCH (w:${WL} {id: $id}) RETURN w`, { id });
    if (found.records.length === 0) throw new WatchlistError(`no watchlist named '${id}'; create it first (watch add --depth …)`);
    await tx.run(
      `MATCH (w:${WL} {id: $id})
       UNWIND $subjects AS subject
       MERGE (s:${WS} {id: subject})
       MERGE (w)-[r:WATCHES]->(s) ON CREATE SET r.addedAt = $now
       SET w.reachOn = null`,
      { id, subjects: [...new Set(subjectIds)], now: now.toISOString() },
    );
    await storeReach(tx, id, today(now));
  });
  return (await watchlist(graph, id))!;
}

/** Adds subjects given as ids, USCCs or exact names; one that does not resolve refuses them all. */
export async function addSubjects(graph: Graph, name: string, inputs: readonly string[], now = new Date()): Promise<Watchlist> {
  const resolutions = await resolveFreeSubjects(graph, inputs);
  const problems = unresolved(inputs, resolutions, 1);
  if (problems.length > 0) refuse('entry', problems);
  return addResolved(graph, checkName(name), resolutions.map((r) => (r as { subject: { id: string } }).subject.id), now);
}

/**
 * Adds the subjects of a screening CSV (uscc and/or name columns, as `npm run screen`). Every line
 * must resolve; otherwise the whole file is refused, naming each bad line, and nothing is written.
 */
export async function addSubjectsFromCsv(graph: Graph, name: string, csvText: string, now = new Date()): Promise<Watchlist> {
  let inputs;
  try {
    inputs = parseScreenCsv(csvText);
  } catch (error) {
    if (error instanceof ScreenInputError) throw new WatchlistError(`the watchlist CSV is refused: ${error.message}`);
    throw error;
  }
  if (inputs.length === 0) throw new WatchlistError('the watchlist CSV has a header but no rows');
  const resolutions = await resolveSubjects(graph, inputs);
  // Line 1 is the header, so the first data row is line 2.
  const problems = unresolved(inputs.map((i) => i.uscc || i.name || ''), resolutions, 2);
  if (problems.length > 0) refuse('line', problems);
  return addResolved(graph, checkName(name), resolutions.map((r) => (r as { subject: { id: string } }).subject.id), now);
}

export async function removeSubjects(graph: Graph, name: string, subjectIds: readonly string[], now = new Date()): Promise<Watchlist> {
  await graph.writeTransaction(async (tx) => {
    await tx.run(`MATCH (w:${WL} {id: $id})-[r:WATCHES]->(s:${WS}) WHERE s.id IN $subjects DELETE r SET w.reachOn = null`, { id: name, subjects: subjectIds });
    await storeReach(tx, name, today(now));
  });
  const list = await watchlist(graph, name);
  if (!list) throw new WatchlistError(`no watchlist named '${name}'`);
  return list;
}

const watchlistCypher = `
MATCH (w:${WL}) WHERE $id IS NULL OR w.id = $id
OPTIONAL MATCH (w)-[r:WATCHES]->(s:${WS})
OPTIONAL MATCH (n:Node {id: s.id})
WITH w, r, s, n ORDER BY s.id
RETURN w.id AS id, w.name AS name, w.depth AS depth, w.createdAt AS createdAt,
       [x IN collect(CASE WHEN s IS NULL THEN null ELSE {id: s.id, kind: CASE WHEN n:Person THEN 'Person' ELSE 'Company' END, name: coalesce(n.nameZh, n.nameEn), addedAt: r.addedAt} END) WHERE x IS NOT NULL] AS subjects
ORDER BY id`;

export async function watchlist(graph: Graph, name: string): Promise<Watchlist | null> {
  return (await graph.read<Watchlist>(watchlistCypher, { id: name }))[0] ?? null;
}

export function watchlists(graph: Graph): Promise<Watchlist[]> {
  return graph.read<Watchlist>(watchlistCypher, { id: null });
}
