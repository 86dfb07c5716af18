import { expect } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { createServer, type ServerOptions } from '../../server/app.ts';
import { testGraph } from './graph.ts';

export interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  /** HTTP status of the response. */
  status: number;
}

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (POST GraphQL to `${url}/graphql`). */
  url: string;
  graph: Graph;
  /** Lines the server logged (internal errors with their id). */
  logs: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Runs the query, fails the test on any error (showing the server log), returns `data`. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real HTTP server on a free loopback port, against the run's Neo4j (globalSetup). Close it in
 * afterAll (that also closes its graph).
 */
export async function startTestServer(options: Partial<Omit<ServerOptions, 'graph'>> = {}): Promise<TestServer> {
  const graph = await testGraph();
  const logs: string[] = [];
  const server = await createServer({ log: (line) => logs.push(line), ...options, graph });
  const url = await server.start(0, '127.0.0.1');
  const testServer: TestServer = {
    url,
    graph,
    logs,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
      return { ...body, status: response.status };
    },
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const result = await testServer.gql<T>(query, variables);
      expect(result.errors, `${JSON.stringify(result.errors)}\n${logs.join('\n')}`).toBeUndefined();
      return result.data as T;
    },
    async close() {
      await server.stop();
      await graph.close();
    },
  };
  return testServer;
}
