import type { CitationFacts } from '../domain/sanctions.ts';

/**
 * How a rule's article-level citations are stored on its PROPAGATES link. A citation is a record
 * with gaps (no article, no document node), and Neo4j properties hold no maps and no lists with
 * gaps that survive its offline importer (an empty element is read as none), so the citations are
 * one JSON text, `basis`; `basisDocuments` lists the cited document nodes for Cypher to match.
 */
export type StoredCitation = Omit<CitationFacts, 'document'> & { document: string | null };

export interface StoredBasis {
  basis: string;
  basisDocuments: string[];
}

export function storedBasis(citations: readonly StoredCitation[]): StoredBasis {
  const basis = citations.map(({ document, docNumber, title, article, from, until }) => ({ document, docNumber, title, article, from, until }));
  return { basis: JSON.stringify(basis), basisDocuments: [...new Set(basis.flatMap((c) => (c.document ? [c.document] : [])))] };
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The citations of a stored rule, in the order the rule gives them; [] for a rule stored without. */
export function readBasis(props: Record<string, unknown>): StoredCitation[] {
  if (typeof props.basis !== 'string') return [];
  const parsed: unknown = JSON.parse(props.basis);
  if (!Array.isArray(parsed)) throw new Error(`rule ${String(props.ruleId)}: basis is not a list of citations`);
  return parsed.map((c: Record<string, unknown>) => ({
    document: textOrNull(c.document),
    docNumber: textOrNull(c.docNumber),
    title: textOrNull(c.title),
    article: textOrNull(c.article),
    from: textOrNull(c.from),
    until: textOrNull(c.until),
  }));
}
