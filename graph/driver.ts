import neo4j, { type Driver, type ManagedTransaction, Neo4jError, routing, type Session } from 'neo4j-driver';
import type { GraphConfig } from './config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/supervisor.ts';
import { DatabaseUnavailableError, QueryCancelledError, QueryTimeoutError, StartupError } from './errors.ts';

/** The transaction `Graph.writeTransaction` hands its work (so no module outside graph/ imports the driver). */
export type { ManagedTransaction };

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction timeout; the server aborts the query after it. */
  timeoutMs?: number;
}

/**
 * What one request allows its queries: a deadline (epoch ms) for everything it sends, and a signal
 * that fires when the client went away. Both are enforced here, in this process, so a database that
 * stops answering (a frozen JVM enforces no timeout of its own) cannot hold a request past them.
 */
export interface RequestScope {
  deadline?: number;
  signal?: AbortSignal;
  /** A read's transaction timeout when its caller names none (default `defaultReadTimeoutMs`). */
  readTimeoutMs?: number;
}

/** Oldest Neo4j whose Cypher we use (QPP, SHORTEST, CALL {} IN TRANSACTIONS, text-2.0 indexes). */
export const minimumNeo4jVersion = [5, 21] as const;
export const defaultReadTimeoutMs = 15_000;
/**
 * A warm-up read's transaction timeout (`warming`): no analyst waits for it, and first plannings on a
 * million-company store under load took longer than a request may (session 10).
 */
export const warmingReadTimeoutMs = 120_000;
/** How long past its own transaction timeout a query may stay unanswered before the database counts as not answering. */
export const answerGraceMs = 2_000;
/** While the database is not answering, later queries wait this long at most (fast 503s during a freeze). */
export const stalledWaitMs = 2_000;
/** The readiness probe's whole budget (/readyz turns red within it). */
export const readinessWaitMs = 2_000;

/**
 * The app's only handle on Neo4j: one driver per process, reads through read transactions (routed to
 * followers on a cluster), writes through write transactions. Every other module passes Cypher here.
 * Every statement has a client-side bound: its transaction timeout plus a grace, the request's
 * deadline, and the request's cancellation (`scoped`).
 */
export class Graph {
  /** Shared by a graph and its request-scoped views (see `scoped`). */
  private readonly shared = { queryCount: 0, stalledSince: 0 };
  private scope: RequestScope = {};

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly serverVersion: string,
    private readonly embedded?: EmbeddedNeo4j,
  ) {}

  /** Number of Cypher statements sent; tests use it to prove there is no N+1. */
  get queryCount(): number {
    return this.shared.queryCount;
  }

  set queryCount(value: number) {
    this.shared.queryCount = value;
  }

  get embeddedInfo(): EmbeddedNeo4j | undefined {
    return this.embedded;
  }

  /** The same graph, with every statement bound by one request's deadline and cancellation. */
  scoped(scope: RequestScope): Graph {
    const view = Object.create(this) as Graph;
    view.scope = scope;
    return view;
  }

  /** The same graph for reads that only warm plans and pages: nobody waits, so they may take `warmingReadTimeoutMs`. */
  warming(): Graph {
    return this.scoped({ ...this.scope, readTimeoutMs: warmingReadTimeoutMs });
  }

  async read<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.run<T>(cypher, params, routing.READ, options.timeoutMs ?? this.scope.readTimeoutMs ?? defaultReadTimeoutMs);
  }

  async write<T = Row>(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.run<T>(cypher, params, routing.WRITE, options.timeoutMs);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    const session = this.session(routing.WRITE);
    const done = session.executeWrite(
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
    return this.bounded(() => void session.close().catch(() => {}), options.timeoutMs, closedAfter(session, done));
  }

  /** Bolt reachable and the database answering, within `readinessWaitMs` whatever the database does. */
  async isReady(): Promise<boolean> {
    try {
      await this.scoped({ deadline: Date.now() + readinessWaitMs }).read('RETURN 1 AS ok', {}, { timeoutMs: readinessWaitMs });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
    await this.embedded?.stop();
  }

  private session(mode: (typeof routing)[keyof typeof routing]) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === routing.READ ? neo4j.session.READ : neo4j.session.WRITE,
      // Read-your-writes across sessions, as executeQuery gives.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /**
   * One statement through `driver.executeQuery`: a managed transaction (retried on transient errors,
   * bookmarks shared with every other statement) whose BEGIN goes out with RUN and PULL. A session's
   * `executeRead` waits for BEGIN's answer before it sends RUN: one more round trip to Neo4j per
   * statement, ≈ 0.4 ms of every request's latency (BENCHMARKS.md, session 12).
   */
  private async run<T>(cypher: string, params: Params, mode: (typeof routing)[keyof typeof routing], timeoutMs?: number): Promise<T[]> {
    this.queryCount++;
    const cancel = new AbortController();
    const config = { database: this.database, routing: mode, transactionConfig: timeoutMs ? { timeout: timeoutMs } : undefined, signal: cancel.signal };
    try {
      const result = await this.bounded(() => cancel.abort(), timeoutMs, withoutCallerStack(() => this.driver.executeQuery(cypher, params, config)));
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      throw withStatementSite(error);
    }
  }

  /**
   * Waits for `work` no longer than the database may take to answer: its own timeout plus a grace,
   * the request's deadline, or (while the database is known not to answer) `stalledWaitMs`. When the
   * wait ends first, or the client goes away, `abandon` closes the work's session without waiting:
   * the driver resets the connection, which makes Neo4j terminate the transaction.
   */
  private bounded<T>(abandonWork: () => void, timeoutMs: number | undefined, work: Promise<T>): Promise<T> {
    const limits = [timeoutMs === undefined ? Infinity : timeoutMs + answerGraceMs];
    if (this.scope.deadline !== undefined) limits.push(Math.max(0, this.scope.deadline - Date.now()));
    if (this.shared.stalledSince > 0) limits.push(stalledWaitMs);
    const waitMs = Math.min(...limits);
    const signal = this.scope.signal;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const abandon = (error: Error) => {
        cleanup();
        abandonWork();
        reject(error);
      };
      const onAbort = () => abandon(new QueryCancelledError('the client closed the request'));
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      if (signal?.aborted) {
        // The statement was already started: its failure on the closed session must not go unhandled (it would end the process).
        work.catch(() => {});
        return onAbort();
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      if (waitMs !== Infinity) {
        timer = setTimeout(() => {
          if (this.shared.stalledSince === 0) this.shared.stalledSince = Date.now();
          abandon(new DatabaseUnavailableError(`Neo4j did not answer within ${waitMs} ms`));
        }, waitMs);
      }
      work.then(
        (value) => {
          cleanup();
          this.shared.stalledSince = 0;
          resolve(value);
        },
        (error: unknown) => {
          cleanup();
          reject(translateError(error, timeoutMs));
        },
      );
    });
  }
}

/** `work`'s outcome once its session is closed (as `executeQuery` settles only after closing its own). */
async function closedAfter<T>(session: Session, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    await session.close().catch(() => {});
  }
}

/**
 * Runs `start` (which must only start the statement, synchronously) without the stack trace the
 * driver records for every result to put on a later error: under tsx every frame of it is
 * source-mapped, ≈ 0.3 ms per statement on a request's call path (10 frames of express, Apollo,
 * graphql-js, a resolver and this file). A failed statement's error gets its sender's stack afterwards (`withStatementSite`).
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Puts the sender's stack on a failed statement's error, which `withoutCallerStack` left without it:
 * taken here, after the failure, V8's async stack traces still name the functions that awaited the
 * statement, and a successful statement pays nothing.
 */
function withStatementSite(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const site = new Error('the statement was sent from').stack;
  if (site) error.stack = `${error.stack ?? String(error)}\n${site}`;
  return error;
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
    // Bounds on the driver's own waits; the per-statement bound (Graph.bounded) covers a database that accepts and never answers.
    connectionTimeout: 5_000,
    // Sized for 64 analysts at once (heavy requests queue in server/heavyQueue.ts). The wait for a free
    // connection stays below a read's own bound (defaultReadTimeoutMs + answerGraceMs), so a full
    // pool answers as a full pool and is never mistaken for a database that stopped answering.
    maxConnectionPoolSize: config.maxConnections,
    connectionAcquisitionTimeout: 15_000,
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

