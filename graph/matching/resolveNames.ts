import {
  ambiguityMargin,
  defaultMatchThreshold,
  matchCompany,
  nameBlockingKey,
  parseCompanyName,
  type MatchFeature,
} from '../domain/companyName.ts';
import { validateUscc } from '../domain/uscc.ts';
import type { Graph } from '../driver.ts';
import { escapeLucene } from '../queries/search.ts';
import { nameIndex } from '../schema.ts';
import { nameKeyProperty } from './nameKeys.ts';

/**
 * Company names (with an optional USCC) resolved against the graph: candidates are the companies
 * sharing the name's blocking key, plus (for Chinese names) the full-text index's hits on the trade
 * name; each is scored by graph/domain/companyName.ts. A valid USCC that is in the graph always wins.
 */

export interface NameQuery {
  name: string;
  uscc?: string | null;
}

export interface NameCandidate {
  id: string;
  uscc: string | null;
  name: string | null;
  score: number;
  features: MatchFeature[];
}

export type NameStatus = 'found' | 'ambiguous' | 'not_found';

export interface NameResolution {
  status: NameStatus;
  /** Best candidate's score (0 without candidates). */
  score: number;
  /** The best candidate's features: why it was (not) taken. */
  why: MatchFeature[];
  /** Best first, at most `maxNameCandidates`; for `found`, the first is the company. */
  candidates: NameCandidate[];
}

export interface ResolveNamesOptions {
  threshold?: number;
}

export const maxNameCandidates = 5;
/** Companies read per blocking key (a very common trade name is cut here, best names first by id). */
const perKey = 200;

interface CompanyRow {
  query: number;
  id: string;
  uscc: string | null;
  nameZh: string | null;
  nameEn: string | null;
  formerNames: string[];
}

const candidatesCypher = `
UNWIND $queries AS q
CALL (q) {
  MATCH (c:Company) WHERE c.${nameKeyProperty} = q.key
  RETURN c LIMIT ${perKey}
  UNION
  MATCH (c:Company) WHERE q.uscc IS NOT NULL AND c.uscc = q.uscc
  RETURN c
  UNION
  UNWIND CASE WHEN q.text = '' THEN [] ELSE [q.text] END AS text
  CALL db.index.fulltext.queryNodes('${nameIndex}', text, {limit: 20}) YIELD node
  WITH node WHERE node:Company
  RETURN node AS c
}
RETURN q.index AS query, c.id AS id, c.uscc AS uscc, c.nameZh AS nameZh, c.nameEn AS nameEn, coalesce(c.formerNames, []) AS formerNames`;

function queryParams(query: NameQuery, index: number) {
  const check = query.uscc ? validateUscc(query.uscc) : null;
  const parts = parseCompanyName(query.name);
  // The full-text index gets the Chinese trade name (its cjk bigrams); a Latin name is left to the key.
  const text = parts.script === 'zh' && [...parts.tradeName].length >= 2 ? `"${escapeLucene(parts.tradeName)}"` : '';
  return { index, key: nameBlockingKey(query.name), uscc: check?.valid ? check.normalized : null, text };
}

function decide(candidates: NameCandidate[], threshold: number): NameResolution {
  const [best, second] = candidates;
  if (!best) return { status: 'not_found', score: 0, why: [], candidates: [] };
  const shown = candidates.slice(0, maxNameCandidates);
  const byCode = best.features.some((f) => f.feature === 'uscc');
  if (best.score < threshold) return { status: 'not_found', score: best.score, why: best.features, candidates: shown };
  if (!byCode && second && second.score >= threshold && best.score - second.score < ambiguityMargin) {
    return { status: 'ambiguous', score: best.score, why: best.features, candidates: shown.filter((c) => c.score >= threshold) };
  }
  return { status: 'found', score: best.score, why: best.features, candidates: shown };
}

/** Resolves each query to found (one company), ambiguous (several close) or not found, in input order. */
export async function resolveNames(graph: Graph, queries: readonly NameQuery[], options: ResolveNamesOptions = {}): Promise<NameResolution[]> {
  const threshold = options.threshold ?? defaultMatchThreshold;
  if (queries.length === 0) return [];
  const rows = await graph.read<CompanyRow>(candidatesCypher, { queries: queries.map(queryParams) });
  const byQuery = new Map<number, CompanyRow[]>();
  for (const row of rows) byQuery.set(row.query, [...(byQuery.get(row.query) ?? []), row]);
  return queries.map((query, index) => {
    const seen = new Set<string>();
    const scored: NameCandidate[] = [];
    for (const row of byQuery.get(index) ?? []) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const names = [row.nameZh, row.nameEn, ...row.formerNames].filter((n): n is string => typeof n === 'string' && n !== '');
      const match = matchCompany({ name: query.name, uscc: query.uscc }, { names, uscc: row.uscc });
      scored.push({ id: row.id, uscc: row.uscc, name: row.nameZh ?? row.nameEn, score: match.score, features: match.features });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return decide(scored, threshold);
  });
}
