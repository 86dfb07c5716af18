import type { MatchFeature } from '../domain/companyName.ts';
import { validateUscc, type UsccProblem } from '../domain/uscc.ts';
import type { Graph } from '../driver.ts';
import { resolveNames, type NameResolution } from '../matching/resolveNames.ts';
import type { PartyRef } from '../model.ts';

/** A resolved subject: who it is, not yet what a canvas draws of it. */
export type Subject = Pick<PartyRef, 'id' | 'kind' | 'name'>;
import { escapeLucene } from '../queries/search.ts';
import { nameIndex } from '../schema.ts';

/**
 * Turns screening input (a USCC, an id or a name) into a company or person of the graph, or says
 * precisely why not. A USCC is checked first (length, characters, check character 18: a mismatch
 * is an error here, with the expected and the found character); a name that is a company's or
 * person's Chinese, English or former name exactly (ignoring case, spaces and full-width forms) is
 * that subject; any other name goes to the company-name matcher (graph/matching/resolveNames.ts).
 */

export interface SubjectInput {
  uscc?: string | null;
  name?: string | null;
  /** The row could not be read (the reader's reason): reported as `invalid`, never dropped. */
  unreadable?: string;
}

/** How a name-only row was matched: the score and each feature (graph/domain/companyName.ts). */
export interface NameMatchSummary {
  score: number;
  features: MatchFeature[];
}

export type Resolution =
  | { status: 'found'; subject: Subject; match?: NameMatchSummary }
  | { status: 'not_found'; reason: string }
  | { status: 'invalid'; reason: string; problems: UsccProblem[] }
  | { status: 'ambiguous'; reason: string; candidates: Subject[] };

/** Candidates shown for an ambiguous name. */
export const maxCandidates = 5;

type Query = { kind: 'id'; id: string; uscc: string | null } | { kind: 'name'; name: string } | { kind: 'invalid'; resolution: Resolution };

/** Inputs made only of letters and digits, 15 characters or more, are meant as codes. */
const looksLikeCode = (text: string) => /^[0-9A-Za-z]{15,}$/.test(text);

/** The first two problems (a wrong length usually drags many character problems along), and how many more. */
function problemsInWords(problems: readonly UsccProblem[]): string {
  const shown = problems.slice(0, 2).map((problem) => problem.message).join('; ');
  return problems.length > 2 ? `${shown} (and ${problems.length - 2} more)` : shown;
}

function usccQuery(text: string): Query {
  const check = validateUscc(text);
  if (check.valid) return { kind: 'id', id: check.normalized, uscc: check.normalized };
  return {
    kind: 'invalid',
    resolution: { status: 'invalid', reason: `invalid USCC: ${problemsInWords(check.errors)}`, problems: check.errors },
  };
}

function classify(input: SubjectInput): Query {
  if (input.unreadable) return { kind: 'invalid', resolution: { status: 'invalid', reason: input.unreadable, problems: [] } };
  const uscc = input.uscc?.trim() ?? '';
  const name = input.name?.trim() ?? '';
  if (uscc !== '') return usccQuery(uscc);
  if (name !== '') return { kind: 'name', name };
  return { kind: 'invalid', resolution: { status: 'invalid', reason: 'empty row: give a uscc or a name', problems: [] } };
}

/** A free-form subject (GraphQL `screen`): an existing id wins, then a code, then a name. */
function classifyFree(text: string, existing: ReadonlySet<string>): Query {
  const trimmed = text.trim();
  if (existing.has(trimmed)) return { kind: 'id', id: trimmed, uscc: null };
  if (looksLikeCode(trimmed)) return usccQuery(trimmed);
  return classify({ name: trimmed });
}

const byIdCypher = `
UNWIND $ids AS id
OPTIONAL MATCH (byId:Node {id: id}) WHERE byId:Company OR byId:Person
OPTIONAL MATCH (byCode:Company {uscc: id})
WITH id, coalesce(byId, byCode) AS n WHERE n IS NOT NULL
RETURN id, n.id AS nodeId, CASE WHEN n:Person THEN 'Person' ELSE 'Company' END AS kind, coalesce(n.nameZh, n.nameEn) AS name`;

async function subjectsById(graph: Graph, ids: readonly string[]): Promise<Map<string, Subject>> {
  if (ids.length === 0) return new Map();
  const rows = await graph.read<{ id: string; nodeId: string; kind: string; name: string | null }>(byIdCypher, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, { id: row.nodeId, kind: row.kind as Subject['kind'], name: row.name }]));
}

// The full-text index finds candidates (zh bigrams, en words, former names); exact equality is decided below.
const byNameCypher = `
UNWIND $names AS entry
CALL db.index.fulltext.queryNodes('${nameIndex}', entry.query, {limit: 50}) YIELD node
WHERE node:Company OR node:Person
RETURN entry.name AS name, node.id AS id, CASE WHEN node:Person THEN 'Person' ELSE 'Company' END AS kind,
       node.nameZh AS nameZh, node.nameEn AS nameEn, coalesce(node.formerNames, []) AS formerNames`;

/** Name comparison form: Unicode compatibility (full-width → ASCII), lower case, no spaces. */
export const comparableName = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Exact name matches: every name maps to its matches, an empty list for none (those go on to the
 * company-name matcher, and a row it does not match either is reported `not_found`, never dropped).
 */
async function exactNameMatches(graph: Graph, names: readonly string[]): Promise<Map<string, Subject[]>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  const rows = await graph.read<{ name: string; id: string; kind: string; nameZh: string | null; nameEn: string | null; formerNames: string[] }>(byNameCypher, {
    names: unique.map((name) => ({ name, query: `"${escapeLucene(name)}"` })),
  });
  const found = new Map<string, Subject[]>(unique.map((name) => [name, []]));
  for (const row of rows) {
    const wanted = comparableName(row.name);
    const names = [row.nameZh, row.nameEn, ...row.formerNames].filter((value): value is string => typeof value === 'string');
    const list = found.get(row.name)!;
    if (names.some((value) => comparableName(value) === wanted) && !list.some((node) => node.id === row.id)) {
      list.push({ id: row.id, kind: row.kind as Subject['kind'], name: row.nameZh ?? row.nameEn });
    }
  }
  for (const list of found.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  return found;
}

async function resolveQueries(graph: Graph, queries: readonly Query[]): Promise<Resolution[]> {
  const [byId, byName] = await Promise.all([
    subjectsById(graph, queries.flatMap((q) => (q.kind === 'id' ? [q.id] : []))),
    exactNameMatches(graph, queries.flatMap((q) => (q.kind === 'name' ? [q.name] : []))),
  ]);
  const unmatched = [...byName].filter(([, found]) => found.length === 0).map(([name]) => name);
  const matched = new Map((await resolveNames(graph, unmatched.map((name) => ({ name })))).map((result, i) => [unmatched[i]!, result]));
  return queries.map((query): Resolution => {
    if (query.kind === 'invalid') return query.resolution;
    if (query.kind === 'id') {
      const subject = byId.get(query.id);
      if (subject) return { status: 'found', subject };
      return { status: 'not_found', reason: query.uscc ? `no company with USCC ${query.uscc}` : `no company or person with id ${query.id}` };
    }
    const matches = byName.get(query.name) ?? [];
    if (matches.length === 1) return { status: 'found', subject: matches[0]! };
    if (matches.length === 0) return fromMatcher(query.name, matched.get(query.name)!);
    return { status: 'ambiguous', reason: `${matches.length} companies or persons are named ${query.name}`, candidates: matches.slice(0, maxCandidates) };
  });
}

const companyNode = (candidate: NameResolution['candidates'][number]): Subject => ({ id: candidate.id, kind: 'Company', name: candidate.name });

/** A matcher's answer as a resolution: found with its score and why, ambiguous with the close candidates. */
function fromMatcher(name: string, result: NameResolution): Resolution {
  const best = result.candidates[0];
  if (result.status === 'found' && best) return { status: 'found', subject: companyNode(best), match: { score: result.score, features: result.why } };
  if (result.status === 'ambiguous') {
    return { status: 'ambiguous', reason: `${result.candidates.length} companies match ${name} equally well (score ${result.score})`, candidates: result.candidates.map(companyNode) };
  }
  return { status: 'not_found', reason: `no company or person named ${name}` };
}

/** CSV rows (uscc and/or name columns): two reads for the whole batch. */
export function resolveSubjects(graph: Graph, inputs: readonly SubjectInput[]): Promise<Resolution[]> {
  return resolveQueries(graph, inputs.map(classify));
}

/** Free-form subjects (ids, USCCs or names): three reads for the whole batch. */
export async function resolveFreeSubjects(graph: Graph, inputs: readonly string[]): Promise<Resolution[]> {
  const existing = new Set((await subjectsById(graph, inputs.map((input) => input.trim()))).keys());
  return resolveQueries(graph, inputs.map((input) => classifyFree(input, existing)));
}
