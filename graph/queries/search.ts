import type { Graph } from '../driver.ts';
import type { NodeKind } from '../model.ts';
import { nameIndex, nameIndexProperties } from '../schema.ts';
import { nodeProjection, toNodeRecord, type NodeRecord, type ProjectedNode } from './nodeRecord.ts';

/**
 * Name search over the `name_search` full-text index (cjk analyzer: Chinese as character bigrams,
 * Latin words as lower-cased terms). An exact USCC comes first; a single Chinese character, which
 * the bigram index cannot find, falls back to a substring match on company and person names.
 */
export interface SearchMatch {
  node: NodeRecord;
  score: number;
  /** The property that matched and its text (for highlighting). */
  field: string | null;
  text: string | null;
  /** The query's terms, for highlighting. */
  terms: string[];
}

const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so user text is matched literally. */
export function escapeLucene(text: string): string {
  return text.replace(luceneSpecial, (char) => `\\${char}`);
}

/** Whitespace-separated terms of the query, as typed (for highlighting and the AND query). */
export function queryTerms(text: string): string[] {
  return text.split(/\s+/).filter((term) => term.length > 0);
}

/**
 * The Lucene query: the whole text as a phrase (boosted), or every term present. Each term is
 * escaped, so `AND`, `*`, quotes or a `:` in a name are plain text.
 */
export function luceneQuery(text: string): string {
  const terms = queryTerms(text).map((term) => (/^(AND|OR|NOT|TO)$/.test(term) ? term.toLowerCase() : escapeLucene(term)));
  const phrase = `"${terms.join(' ')}"^3`;
  return terms.length > 1 ? `${phrase} OR (${terms.join(' AND ')})` : `${phrase} OR ${terms[0]}`;
}

const isSingleCjkCharacter = (text: string) => /^\p{Script=Han}$/u.test(text);

const fullTextCypher = `
CALL db.index.fulltext.queryNodes('${nameIndex}', $query, {limit: toInteger($indexLimit)}) YIELD node AS n, score
WHERE $kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds)
RETURN ${nodeProjection('n')} AS node, score
ORDER BY score DESC, n.id
LIMIT toInteger($limit)`;

const usccCypher = `
MATCH (n:Company {uscc: $uscc})
WHERE $kinds IS NULL OR 'Company' IN $kinds
RETURN ${nodeProjection('n')} AS node`;

// Served by the text (trigram) indexes on Company.nameZh and Person.nameZh.
const substringCypher = `
CALL {
  MATCH (n:Company) WHERE n.nameZh CONTAINS $text RETURN n
  UNION
  MATCH (n:Person) WHERE n.nameZh CONTAINS $text RETURN n
}
WITH n WHERE $kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds)
RETURN ${nodeProjection('n')} AS node, 1.0 AS score
ORDER BY size(n.nameZh), n.id
LIMIT toInteger($limit)`;

/** The first searchable property whose text contains one of the terms (case-insensitive). */
export function matchedProperty(node: NodeRecord, terms: readonly string[]): { field: string; text: string } | null {
  const lowered = terms.map((term) => term.toLowerCase());
  for (const field of [...nameIndexProperties, 'uscc']) {
    const value = node.props[field];
    const texts = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];
    for (const text of texts) {
      const lower = text.toLowerCase();
      if (lowered.some((term) => lower.includes(term))) return { field, text };
    }
  }
  // The analyzer matched bigrams of a longer Chinese query: show the Chinese name.
  const name = node.props.nameZh ?? node.props.nameEn;
  return typeof name === 'string' ? { field: node.props.nameZh ? 'nameZh' : 'nameEn', text: name } : null;
}

export interface SearchRequest {
  text: string;
  kinds?: readonly NodeKind[];
  limit: number;
  /** Set when the text is a well-formed USCC (normalised). */
  uscc?: string;
}

export async function searchNames(graph: Graph, request: SearchRequest): Promise<SearchMatch[]> {
  const kinds = request.kinds?.length ? [...request.kinds] : null;
  const terms = queryTerms(request.text);
  const matches: SearchMatch[] = [];
  const seen = new Set<string>();
  const add = (projected: ProjectedNode, score: number, exactField?: string) => {
    const node = toNodeRecord(projected);
    if (seen.has(node.id) || matches.length >= request.limit) return;
    seen.add(node.id);
    const matched = exactField ? { field: exactField, text: String(node.props[exactField]) } : matchedProperty(node, terms);
    matches.push({ node, score, field: matched?.field ?? null, text: matched?.text ?? null, terms });
  };
  if (request.uscc) {
    for (const row of await graph.read<{ node: ProjectedNode }>(usccCypher, { uscc: request.uscc, kinds })) add(row.node, Number.MAX_SAFE_INTEGER, 'uscc');
  }
  const text = request.text.trim();
  const rows = isSingleCjkCharacter(text)
    ? await graph.read<{ node: ProjectedNode; score: number }>(substringCypher, { text, kinds, limit: request.limit })
    : await graph.read<{ node: ProjectedNode; score: number }>(fullTextCypher, { query: luceneQuery(text), kinds, limit: request.limit, indexLimit: kinds ? request.limit * 10 : request.limit });
  for (const row of rows) add(row.node, row.score);
  return matches;
}
