import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { repoRoot } from '../graph/config.ts';
import { answerGraceMs, defaultReadTimeoutMs, type Graph } from '../graph/driver.ts';
import { Admission, admissionLimitsFromEnv, ticketOf, type AdmissionLimits } from './admission.ts';
import { createContext, type Context } from './context.ts';
import { dateArgumentsRule } from './dateArguments.ts';
import { defaultHeavyLimits, HeavyQueue, type HeavyLimits } from './heavyQueue.ts';
import { createErrorFormatter, ErrorCode, responseHeadOf } from './errors.ts';
import { LeanPath } from './leanPath.ts';
import { PersistedLane } from './persistedLane.ts';
import { armorProtection, costLimitPlugin, defaultQueryLimits, readOnlyRule, type QueryLimits } from './limits.ts';
import { monitoringRoutes } from './monitoring/routes.ts';
import { loadPersistedOperations, persistedQueryCache, type PersistedOperations } from './persistedOperations.ts';
import { resolvers } from './resolvers/index.ts';
import { principalOf } from './security/accessControl.ts';
import { loadTypeDefs } from './schema/load.ts';

export interface ServerOptions {
  graph: Graph;
  /** Schema introspection (GraphiQL needs it). Default: on unless GRAPHQL_INTROSPECTION=false. */
  introspection?: boolean;
  /** Folder of the built web UI (index.html, graphiql.html). Default: dist/web. */
  webDir?: string;
  /** Largest accepted request body, KiB. */
  bodyLimitKiB?: number;
  limits?: Partial<QueryLimits>;
  /** Middleware run before every route (access control, rate limits, security headers). */
  before?: RequestHandler[];
  /** Concurrency and line length for heavy requests (server/heavyQueue.ts). */
  heavy?: HeavyLimits;
  /** Concurrency and line length for all GraphQL requests (server/admission.ts). Default: GRAPHQL_CONCURRENCY or 4 per core. */
  admission?: AdmissionLimits;
  /** Server-side log (internal errors with their id). Default: stderr. */
  log?: (line: string) => void;
  /** The explorer's operations by hash (server/persistedOperations.ts). Default: the built registry. */
  persisted?: PersistedOperations;
}

export interface ScsServer {
  app: express.Express;
  httpServer: http.Server;
  /** Listens; resolves with the base URL (port 0 picks a free port). */
  start(port: number, host: string): Promise<string>;
  /** Stops accepting, drains in-flight requests, closes the HTTP server. Does not close the graph. */
  stop(): Promise<void>;
}

export const defaultBodyLimitKiB = 100;

/**
 * Every GraphQL request's deadline: one query's longest run and the grace for its answer, plus time
 * for the rest of the request. Shutdown waits as long for requests in flight.
 */
export const requestDeadlineMs = defaultReadTimeoutMs + answerGraceMs + 3_000;

export function introspectionFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GRAPHQL_INTROSPECTION !== 'false';
}

/**
 * The HTTP server: GraphQL at /graphql (read-only schema, limits, masked errors), health probes,
 * the offline GraphiQL page and the built web UI with SPA fallback.
 */
export async function createServer(options: ServerOptions): Promise<ScsServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const webDir = options.webDir ?? path.join(repoRoot, 'dist', 'web');
  const introspection = options.introspection ?? introspectionFromEnv();
  const limits = { ...defaultQueryLimits, ...options.limits };
  const bodyLimitKiB = options.bodyLimitKiB ?? defaultBodyLimitKiB;
  const heavy = new HeavyQueue(options.heavy ?? defaultHeavyLimits);
  const admission = new Admission(options.admission ?? admissionLimitsFromEnv());
  const persisted = options.persisted ?? loadPersistedOperations();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer for an ETag; GraphQL answers are POSTed and never stored (no-store).
  // Static files keep their own ETags (express.static).
  app.disable('etag');
  const failed = bodyErrors(bodyLimitKiB, log);
  const httpServer = http.createServer();
  const armor = armorProtection(limits, !introspection);
  const formatError = createErrorFormatter(log, { hideSuggestions: !introspection });
  const validationRules = [readOnlyRule, dateArgumentsRule, ...armor.validationRules];
  const lean = new LeanPath(persisted, { maxCost: limits.maxCost, validationRules, introspection, formatError });
  const contextOf = (res: express.Response) => createContext(requestGraph(options.graph, res), new Date(), principalOf(res), heavy.for(ticketOf(res)));

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    persistedQueries: { cache: persistedQueryCache(persisted), ttl: null },
    // Plugins that ignore the context are typed for BaseContext; they work with any context.
    plugins: [
      ...armor.plugins,
      lean.plugin(),
      costLimitPlugin(limits.maxCost, (hash) => lean.isPriced(hash)),
      statusFromErrorCodes,
      // Requests in flight may run to their deadline (Apollo's default grace, 10 s, cut 15 s queries).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: requestDeadlineMs }),
      // The default landing page loads from a CDN; the offline GraphiQL is served below instead.
      ApolloServerPluginLandingPageDisabled(),
      // No schema sets cache hints, yet the plugin wraps every field's resolver to collect them
      // (≈ 1,000 fields in a 1-hop view); the one header it sent is set below instead.
      ApolloServerPluginCacheControlDisabled(),
    ] as ApolloServerPlugin<Context>[],
  });
  await apollo.start();

  const before = options.before ?? [];
  const lane = new PersistedLane({ app, before, admission, lean, contextOf, bodyLimitBytes: bodyLimitKiB * 1024, failed });
  httpServer.on('request', lane.serve);
  for (const middleware of before) app.use(PersistedLane.unlessRan(middleware));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await options.graph.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });

  const graphiql = path.join(webDir, 'graphiql.html');
  const sendGraphiql: RequestHandler = (_req, res) => {
    if (fs.existsSync(graphiql)) res.sendFile(graphiql);
    else res.status(404).type('text/plain').send('GraphiQL is not built: run `npm run build:web` (npm start does it).');
  };
  app.get('/graphiql', sendGraphiql);
  // A browser opening /graphql gets GraphiQL; GraphQL clients (JSON accept headers) get the API.
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html') sendGraphiql(req, res, next);
    else next();
  });
  app.use(
    '/graphql',
    admission.middleware(),
    uncached,
    express.json({ limit: bodyLimitKiB * 1024, type: ['application/json', 'application/graphql-response+json'] }),
    expressMiddleware(apollo, { context: async ({ res }) => contextOf(res) }),
  );

  monitoringRoutes(app, options.graph);

  app.use(express.static(webDir, { index: 'index.html', fallthrough: true }));
  const indexHtml = path.join(webDir, 'index.html');
  // Client-side routes (/trace/…, /exposure/…) load the SPA shell.
  app.get(/^\/(?!graphql|graphiql|healthz|readyz|feeds\/|reports\/).*/, (req, res, next) => {
    if (req.accepts('html') && fs.existsSync(indexHtml)) res.sendFile(indexHtml);
    else next();
  });

  app.use(failed);

  return {
    app,
    httpServer,
    start: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    stop: async () => {
      // Apollo's drain plugin stops accepting, waits for in-flight requests and closes the server.
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** The graph as one request sees it: bound by the request's deadline, cancelled when its client goes away. */
function requestGraph(graph: Graph, res: express.Response): Graph {
  const cancel = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) cancel.abort();
  });
  return graph.scoped({ deadline: Date.now() + requestDeadlineMs, signal: cancel.signal });
}

/** GraphQL answers depend on the key and the day: never stored by a browser or a proxy. */
const uncached: RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

/** HTTP status for responses carrying a code that fails the whole request (database down → 503). */
const statusFromErrorCodes: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const head = responseHeadOf(response.body.singleResult.errors ?? []);
        if (head.status) response.http.status = head.status;
        if (head.retryAfter) response.http.headers.set('retry-after', head.retryAfter);
      },
    };
  },
};

/** Malformed JSON and oversized bodies answer as GraphQL errors, without express's HTML stack page. */
function bodyErrors(bodyLimitKiB: number, log: (line: string) => void): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, _req, res, _next) => {
    const status = error.status ?? 500;
    let message = 'internal error';
    if (error.type === 'entity.too.large') message = `request body larger than ${bodyLimitKiB}kb`;
    else if (error.type === 'entity.parse.failed') message = 'request body is not valid JSON';
    else if (status < 500 && error.message) message = error.message;
    else log(`scs-graph: HTTP error ${status}: ${error.message ?? String(error)}`);
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message, extensions: { code: status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR } }] }));
  };
}
