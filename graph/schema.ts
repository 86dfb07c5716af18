import type { Graph } from './driver.ts';
import { backfillNameKeys, nameKeyProperty } from './matching/nameKeys.ts';
import { anyNodeLabel, MonitoringLabel, NodeKind } from './model.ts';
import { ensureReferenceStamp } from './referenceStamp.ts';

/**
 * The database schema, applied idempotently at start-up from this one place. Bump `schemaVersion`
 * when a change needs a migration; `applySchema` records the version on the `SchemaVersion` node.
 */
export const schemaVersion = 1;

/** Full-text index over names of every named kind, Chinese (cjk bigrams) and Latin alike. */
export const nameIndex = 'name_search';
export const nameIndexLabels = [
  NodeKind.Company,
  NodeKind.Person,
  NodeKind.Agency,
  NodeKind.CreditList,
  NodeKind.PolicyDocument,
  NodeKind.Measure,
  NodeKind.Platform,
  NodeKind.GradeScheme,
];
export const nameIndexProperties = ['nameZh', 'nameEn', 'namePinyin', 'formerNames', 'abbreviation', 'docNumber'];

const snake = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Uniqueness constraints, each with the index that serves lookups by that key. Every corpus node
 * carries `Node` (graph/model.ts): `Node(id)` makes every id unique and serves every lookup written
 * `(:Node {id: …})`, which is how graph/ looks up by id. A kind's own `id` constraint is kept only
 * where a statement looks up by that kind's label alone (Agency, CreditList: graph/trace,
 * graph/queries); the others were a second index entry for every node written (`retiredSchema`).
 */
const identityKeys: Array<[label: string, property: string]> = [
  [anyNodeLabel, 'id'],
  // Search and screening look companies up by USCC (graph/queries/search.ts, graph/screening).
  [NodeKind.Company, 'uscc'],
  [NodeKind.Agency, 'id'],
  [NodeKind.CreditList, 'id'],
  [MonitoringLabel.ChangeEvent, 'id'],
  [MonitoringLabel.Watchlist, 'id'],
  [MonitoringLabel.WatchedSubject, 'id'],
  [MonitoringLabel.Webhook, 'id'],
  [MonitoringLabel.Delivery, 'id'],
  [MonitoringLabel.Evaluation, 'date'],
];

/** Range indexes the queries filter or sort on (several properties: a composite index, in that order). */
const rangeIndexes: Array<[label: string, ...properties: string[]]> = [
  [NodeKind.Company, 'divisionCode'],
  [NodeKind.Company, 'industryCode'],
  [NodeKind.Company, 'status'],
  [NodeKind.Company, 'legalForm'],
  [NodeKind.Company, 'established'],
  // Company-name matcher: candidates share the blocking key (graph/domain/companyName.ts).
  [NodeKind.Company, nameKeyProperty],
  // GLEIF level-2 relationships name their ends by LEI.
  [NodeKind.Company, 'lei'],
  [NodeKind.Listing, 'status'],
  [NodeKind.Listing, 'from'],
  [NodeKind.PolicyDocument, 'docNumber'],
  [NodeKind.PolicyDocument, 'type'],
  [NodeKind.CreditList, 'kind'],
  [NodeKind.Agency, 'level'],
  [NodeKind.CreditRecord, 'section'],
  [MonitoringLabel.ChangeEvent, 'subjectId'],
  // The counts' ranges on recordedAt (eventCounts.ts). Seeking the composite below instead (with `c.id IS NOT NULL`) made
  // the inbox page statement's first planning outlast the 15 s read timeout at 10k under load (11.4 s with this one): kept.
  [MonitoringLabel.ChangeEvent, 'recordedAt'],
  // `changes` walks a watchlist's events newest first, in its page order (recordedAt, then id), and stops at the page's end.
  [MonitoringLabel.ChangeEvent, 'recordedAt', 'id'],
  // A write marks stale the watchlists whose stored reach holds the written link's ends.
  [MonitoringLabel.Reach, 'nodeId'],
];

/** Text indexes (trigram) serve CONTAINS / STARTS WITH, which the bigram full-text index cannot do for 1 character. */
const textIndexes: Array<[label: string, property: string]> = [
  [NodeKind.Company, 'nameZh'],
  [NodeKind.Person, 'nameZh'],
];


/**
 * The name index is eventually consistent: a write commits without updating it, a background thread
 * applies the updates (issue 15: the synchronous index was part of the online loader's commit). The
 * writers of an import wait for it at the end (graph/load/nameSearch.ts), so a search right after
 * an import finds the new names. Earlier versions created it synchronous: such an index is dropped
 * and created again (`IF NOT EXISTS` would keep the old options).
 */
async function dropSynchronousNameIndex(graph: Graph): Promise<void> {
  const found = await graph.read<{ config: Record<string, unknown> }>('SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options.indexConfig AS config', {
    name: nameIndex,
  });
  if (found.length > 0 && found[0]!.config['fulltext.eventually_consistent'] !== true) await graph.write(`DROP INDEX ${nameIndex}`);
}

/**
 * Constraints and indexes earlier versions created that no statement needs any more; applying the
 * schema drops them from an existing database (a new one never gets them). Each one cost an index
 * entry per node written (issue 15: the online loader's commit was ~30 % of its Neo4j CPU).
 */
export const retiredSchema: Array<{ kind: 'CONSTRAINT' | 'INDEX'; name: string }> = [
  // Kinds looked up only as `(:Node {id: …})`: `Node(id)` serves them.
  ...[NodeKind.Person, NodeKind.Platform, NodeKind.PolicyDocument, NodeKind.Measure, NodeKind.GradeScheme, NodeKind.Listing, NodeKind.Grade, NodeKind.CreditRecord].map(
    (label) => ({ kind: 'CONSTRAINT' as const, name: `${snake(label)}_id_unique` }),
  ),
  // The company filter reads `coalesce(c.synthetic, false)`, which no index serves (and in a
  // synthetic corpus every company has the same value): an entry per company for no statement.
  { kind: 'INDEX', name: 'company_synthetic' },
];

export function schemaStatements(): string[] {
  const statements: string[] = retiredSchema.map(({ kind, name }) => `DROP ${kind} ${name} IF EXISTS`);
  for (const [label, property] of identityKeys) {
    statements.push(
      `CREATE CONSTRAINT ${snake(label)}_${snake(property)}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
    );
  }
  for (const [label, ...properties] of rangeIndexes) {
    statements.push(`CREATE INDEX ${[label, ...properties].map(snake).join('_')} IF NOT EXISTS FOR (n:${label}) ON (${properties.map((p) => `n.${p}`).join(', ')})`);
  }
  for (const [label, property] of textIndexes) {
    statements.push(
      `CREATE TEXT INDEX ${snake(label)}_${snake(property)}_text IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    );
  }
  statements.push(
    `CREATE FULLTEXT INDEX ${nameIndex} IF NOT EXISTS FOR (n:${nameIndexLabels.join('|')}) ` +
      `ON EACH [${nameIndexProperties.map((p) => `n.${p}`).join(', ')}] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}}",
  );
  statements.push('CREATE CONSTRAINT schema_version_unique IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.key IS UNIQUE');
  return statements;
}

export interface SchemaReport {
  version: number;
  previousVersion: number | null;
}

/**
 * Applies constraints and indexes (idempotent), waits for them to come online, records the version.
 * `awaitSeconds`: how long index population may take (a bulk-built store of millions of nodes needs minutes).
 */
export async function applySchema(graph: Graph, options: { awaitSeconds?: number } = {}): Promise<SchemaReport> {
  const previous = await graph.read<{ version: number }>(
    "OPTIONAL MATCH (v:SchemaVersion {key: 'scs-graph'}) RETURN v.version AS version",
  );
  const previousVersion = previous[0]?.version ?? null;
  if (previousVersion !== null && previousVersion > schemaVersion) {
    throw new Error(
      `the database has schema version ${previousVersion}, newer than this scs-graph (${schemaVersion}); upgrade scs-graph`,
    );
  }
  const statements = schemaStatements();
  const starting = (prefix: string) => statements.filter((statement) => statement.startsWith(prefix));
  // Retired constraints and indexes go first. Then the indexes, in one transaction: Neo4j populates
  // the indexes created together in one pass over the store, in the background. Each constraint's
  // index is populated and checked before its statement returns, one after another, while that pass runs.
  for (const statement of starting('DROP ')) await graph.write(statement);
  await dropSynchronousNameIndex(graph);
  await graph.writeTransaction(async (tx) => {
    for (const statement of starting('CREATE ').filter((s) => !s.startsWith('CREATE CONSTRAINT'))) await tx.run(statement);
  });
  for (const statement of starting('CREATE CONSTRAINT')) await graph.write(statement);
  await graph.write('CALL db.awaitIndexes($seconds)', { seconds: options.awaitSeconds ?? 300 });
  await backfillNameKeys(graph);
  // Here rather than in the builds: a database built by any path gets its own token at its first start.
  await ensureReferenceStamp(graph);
  await graph.write(
    "MERGE (v:SchemaVersion {key: 'scs-graph'}) SET v.version = $version, v.appliedAt = toString(datetime())",
    { version: schemaVersion },
  );
  return { version: schemaVersion, previousVersion };
}

/** Names of the constraints and indexes in the database, for tests and diagnostics. */
export async function describeSchema(graph: Graph): Promise<{ constraints: string[]; indexes: string[] }> {
  const constraints = await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const indexes = await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  return { constraints: constraints.map((r) => r.name), indexes: indexes.map((r) => r.name) };
}
