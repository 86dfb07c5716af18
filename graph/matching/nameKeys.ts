import { nameBlockingKey } from '../domain/companyName.ts';
import type { Graph } from '../driver.ts';
import type { NodeRow } from '../load/write.ts';

/**
 * The company-name blocking key (graph/domain/companyName.ts) as stored on Company nodes: set by the
 * node writer for every company written, and filled in for companies written before it existed.
 */

/** Stored property, indexed in graph/schema.ts. */
export const nameKeyProperty = 'nameKey';

/** A company row with its blocking key added (from its Chinese name, else its name in Latin script). */
export function withNameKey(row: NodeRow): NodeRow {
  const name = row.props.nameZh ?? row.props.nameEn;
  if (typeof name !== 'string' || name.trim() === '') return row;
  return { id: row.id, props: { ...row.props, [nameKeyProperty]: nameBlockingKey(name) } };
}

const backfillBatch = 2_000;

/**
 * Sets the key on companies that have a name and no key (data written before the matcher, or by
 * raw Cypher); batch by batch, so a large store is not one transaction. Returns how many were keyed.
 * Runs at every schema application: when every company has a key (the writers set it, also in a
 * bulk build) it only counts, from the label count and the key's index, instead of reading every
 * company (≈ 2 s at 1M, after every start).
 */
export async function backfillNameKeys(graph: Graph): Promise<number> {
  const [counts] = await graph.read<{ companies: number; keyed: number }>(
    `CALL { MATCH (c:Company) RETURN count(c) AS companies }
     CALL { MATCH (c:Company) WHERE c.${nameKeyProperty} IS NOT NULL RETURN count(c) AS keyed }
     RETURN companies, keyed`,
  );
  if (counts && counts.keyed === counts.companies) return 0;
  let keyed = 0;
  for (;;) {
    const rows = await graph.read<{ id: string; name: string }>(
      `MATCH (c:Company) WHERE c.${nameKeyProperty} IS NULL AND coalesce(c.nameZh, c.nameEn) IS NOT NULL
       RETURN c.id AS id, coalesce(c.nameZh, c.nameEn) AS name LIMIT ${backfillBatch}`,
    );
    if (rows.length === 0) return keyed;
    await graph.write(`UNWIND $rows AS row MATCH (c:Company {id: row.id}) SET c.${nameKeyProperty} = row.key`, {
      rows: rows.map((row) => ({ id: row.id, key: nameBlockingKey(row.name) })),
    });
    keyed += rows.length;
  }
}
