import neo4j, { type Driver, type ManagedTransaction, Neo4jError, routing } from 'neo4j-driver';
import type { GraphConfig } from './config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/supervisor.ts';
import { DatabaseUnavailableError, QueryTimeoutError, StartupError } from './errors.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction timeout; the server aborts the query after it. */
  timeoutMs?: number;
}

/** Oldest Neo4j whose Cypher we use (QPP, SHORTEST, CALL {} IN TRANSACTIONS, text-2.0 indexes). */
export const minimumNeo4jVersion = [5, 21] as const;
export const defaultReadTimeoutMs = 15_000;

/**
 * The app's only handle on Neo4j: one driver per process, reads through read transactions (routed to
 * followers on a cluster), writes through write transactions. Every other module passes Cypher here.
 */
export class Graph {
  /** Number of Cypher statements sent; tests use it to prove there is no N+1. */
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly serverVersion: string,
    private readonly embedded?: EmbeddedNeo4j,
  ) {}

  get embeddedInfo(): EmbeddedNeo4j | undefined {
    return this.embedded;
  }

  async read<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.run<T>(cypher, params, routing.READ, options.timeoutMs ?? defaultReadTimeoutMs);
  }

  async write<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.run<T>(cypher, params, routing.WRITE, options.timeoutMs);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) => {
          const counted: ManagedTransaction = Object.create(tx);
          counted.run = ((query: string, parameters?: Params) => {
            this.queryCount++;
            return tx.run(query, parameters);
          }) as ManagedTransaction['run'];
          return work(counted);
        },
        options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
      );
    } catch (error) {
      throw translateError(error, options.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Bolt reachable and the database answering. */
  async isReady(): Promise<boolean> {
    try {
      await this.read('RETURN 1 AS ok', {}, { timeoutMs: 2_000 });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
    await this.embedded?.stop();
  }

  private async run<T>(cypher: string, params: Params, mode: (typeof routing)[keyof typeof routing], timeoutMs?: number): Promise<T[]> {
    this.queryCount++;
    try {
      const result = await this.driver.executeQuery(cypher, params, {
        database: this.database,
        routing: mode,
        transactionConfig: timeoutMs ? { timeout: timeoutMs } : undefined,
      });
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      throw translateError(error, timeoutMs);
    }
  }
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps driver errors to the app's own: unavailable, timeout, or the original error. */
export function translateError(error: unknown, timeoutMs?: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (unavailableCodes.has(error.code) || /connect|ECONNREFUSED|Pool is closed/i.test(error.message)) {
    return new DatabaseUnavailableError('Neo4j is not reachable', { cause: error });
  }
  if (/TransactionTimedOut|Transaction\.Terminated|TransactionTimedOutClientConfiguration/.test(error.code)) {
    return new QueryTimeoutError(timeoutMs ?? 0, { cause: error });
  }
  return error;
}

export interface ConnectOptions {
  log?: (line: string) => void;
}

/**
 * Connects to `NEO4J_URI`, or starts the embedded DBMS when it is unset. Every failure becomes a
 * StartupError naming the cause and the fix.
 */
export async function connectGraph(config: GraphConfig, options: ConnectOptions = {}): Promise<Graph> {
  const log = options.log ?? (() => {});
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.uri;
  let password = config.password;
  if (!uri) {
    embedded = await startEmbeddedNeo4j(config.embedded, log);
    uri = embedded.uri;
    password = embedded.password;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, password ?? ''), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: config.maxConnections,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'scs-graph',
  });
  try {
    const version = await serverVersion(driver, config.database);
    requireSupportedVersion(version, uri);
    return new Graph(driver, config.database, version, embedded);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw connectionError(error, uri, config);
  }
}

async function serverVersion(driver: Driver, database: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  const version = /(\d+\.\d+(\.\d+)?)/.exec(info.agent ?? '')?.[1];
  return version ?? '0.0';
}

export function requireSupportedVersion(version: string, uri: string): void {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = minimumNeo4jVersion;
  if (major < needMajor || (major === needMajor && minor < needMinor)) {
    throw new StartupError(
      `the Neo4j at ${uri} is version ${version}, older than the ${needMajor}.${needMinor} scs-graph needs`,
      `upgrade that Neo4j to 5.26 LTS or newer, or unset NEO4J_URI to use the embedded one`,
    );
  }
}

function connectionError(error: unknown, uri: string, config: GraphConfig): unknown {
  if (error instanceof StartupError) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new StartupError(
      `Neo4j at ${uri} refused user '${config.user}': wrong user name or password`,
      'set NEO4J_USER and NEO4J_PASSWORD to the credentials of that database',
    );
  }
  if (code.includes('Database.DatabaseNotFound')) {
    return new StartupError(
      `the Neo4j at ${uri} has no database '${config.database}'`,
      'create it, or set NEO4J_DATABASE to an existing database',
    );
  }
  if (code === 'ServiceUnavailable' || /ECONNREFUSED|ENOTFOUND|connect|timed out/i.test(message)) {
    return new StartupError(
      `cannot reach Neo4j at ${uri} (${firstLine(message)})`,
      'check NEO4J_URI (scheme, host and port) and that the server is running, or unset NEO4J_URI to use the embedded one',
    );
  }
  return new StartupError(`connecting to Neo4j at ${uri} failed: ${firstLine(message)}`, 'check NEO4J_URI and the credentials');
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}
