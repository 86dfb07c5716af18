import path from 'node:path';

/** Where the app finds its Neo4j. Read once from the environment; nothing else reads NEO4J_* vars. */
export interface GraphConfig {
  /** Set when the user points at their own Neo4j (server, cluster, Aura); then nothing local starts. */
  uri?: string;
  user: string;
  password?: string;
  database: string;
  /**
   * Bolt connections the driver may open (NEO4J_MAX_CONNECTIONS, default 128). A request of the
   * explorer runs up to ~10 reads at once, so 64 analysts want more than the driver's default 100;
   * beyond the pool, requests wait for a connection (up to 30 s) rather than fail.
   */
  maxConnections: number;
  /** Embedded DBMS settings, used only when `uri` is unset. */
  embedded: EmbeddedConfig;
}

export interface EmbeddedConfig {
  dataDir: string;
  boltPort: number;
  heapMiB: number;
  pageCacheMiB: number;
  startTimeoutMs: number;
}

export const repoRoot = path.resolve(import.meta.dirname, '..');

export function readGraphConfig(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  return {
    uri: env.NEO4J_URI || undefined,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || 'neo4j',
    maxConnections: positiveInt(env, 'NEO4J_MAX_CONNECTIONS', 128),
    embedded: {
      dataDir: path.resolve(env.NEO4J_DATA_DIR || path.join(repoRoot, '.data', 'neo4j')),
      boltPort: positiveInt(env, 'NEO4J_BOLT_PORT', 7687),
      heapMiB: positiveInt(env, 'NEO4J_HEAP_MB', 2048),
      pageCacheMiB: positiveInt(env, 'NEO4J_PAGECACHE_MB', 2048),
      startTimeoutMs: positiveInt(env, 'NEO4J_START_TIMEOUT_MS', 180_000),
    },
  };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive whole number, got '${raw}'`);
  }
  return n;
}
