import { defaultMatchThreshold, explainMatch } from '../domain/companyName.ts';
import type { Graph } from '../driver.ts';
import { linkId } from '../load/ids.ts';
import { mergeRelationships, type LoadReport } from '../load/write.ts';
import { Rel } from '../model.ts';
import { resolveNames } from './resolveNames.ts';

/**
 * Imported companies without a USCC (foreign-list entities) linked to the graph's companies their
 * name matches: a SAME_AS candidate per company scoring at or above the threshold, with the score and
 * why, never a merge (an analyst confirms). Companies with a USCC need none: they are keyed by it.
 */
export async function linkSameAsCandidates(graph: Graph, ids: readonly string[], options: { source: string; recordedAt: string; threshold?: number }): Promise<LoadReport> {
  if (ids.length === 0) return {};
  const subjects = await graph.read<{ id: string; name: string }>(
    'MATCH (c:Company) WHERE c.id IN $ids AND c.uscc IS NULL AND coalesce(c.nameZh, c.nameEn) IS NOT NULL RETURN c.id AS id, coalesce(c.nameZh, c.nameEn) AS name',
    { ids: [...ids] },
  );
  const threshold = options.threshold ?? defaultMatchThreshold;
  const results = await resolveNames(graph, subjects.map((s) => ({ name: s.name })), { threshold });
  const rows = subjects.flatMap((subject, i) =>
    results[i]!.candidates
      .filter((c) => c.score >= threshold && c.uscc !== null && c.id !== subject.id)
      .map((c) => ({
        id: linkId(Rel.SAME_AS, subject.id, c.id),
        from: subject.id,
        to: c.id,
        props: { score: c.score, why: explainMatch(c), status: 'candidate', source: options.source, recordedAt: options.recordedAt },
      })),
  );
  return rows.length > 0 ? mergeRelationships(graph, Rel.SAME_AS, rows) : {};
}
