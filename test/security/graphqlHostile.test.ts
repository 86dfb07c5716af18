/**
 * Hostile GraphQL arguments over HTTP, for every Query field of the schema (walked, not listed):
 * random strings, Unicode, huge numbers and wrong types never give a 500 or INTERNAL_SERVER_ERROR,
 * only data or a precise error; injection strings in every string argument leave the graph as it
 * was (Cypher only ever receives them as parameters).
 */
import fc from 'fast-check';
import { isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../server/args.ts';
import { ErrorCode } from '../../server/errors.ts';
import { removeFixtures } from '../support/graph.ts';
import { runs } from '../support/properties.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { hostileArgs, injectionStrings, operationFor, plausibleValue, publicSchema, queryFields, stringTargets, type QueryField } from './schemaWalk.ts';

const prefix = 'sec-gql-';
const fields = queryFields(publicSchema());
/** Codes that are a precise answer to bad input; INTERNAL_SERVER_ERROR and DATABASE_UNAVAILABLE are not. */
const preciseCodes = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR && code !== ErrorCode.DATABASE_UNAVAILABLE));

/** A stack frame, a source or install path, Cypher a client never sent, a driver error name. */
const internals = /stacktrace|\\n\s+at |node_modules|\/work\/|\.ts:\d+|\bRETURN\b|\bUNWIND\b|Invalid input|Neo4jError|Neo\.(Client|Transient|Database)Error/;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.graph.write(`CREATE (:Node:Person {id: $id, nameZh: '金丝雀', source: 'test', recordedAt: '2024-01-01T00:00:00Z'})`, { id: `${prefix}canary` });
});

afterAll(async () => {
  await removeFixtures(server.graph, prefix);
  await server.close();
});

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
}

async function ask(field: QueryField, args: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(operationFor(field, args)),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

/** Data, or errors that each carry a precise code and a sentence; never a stack, Cypher or a path. */
function expectPrecise(answer: Answer, what: string): void {
  expect(answer.status, `${what} → ${answer.text}`).toBeLessThan(500);
  if (answer.body.errors) {
    for (const error of answer.body.errors) {
      expect(preciseCodes.has(error.extensions?.code ?? ''), `${what} → ${answer.text}`).toBe(true);
      expect(error.message?.trim().length, `${what} → ${answer.text}`).toBeGreaterThan(0);
    }
  } else {
    expect(answer.body.data, what).toBeDefined();
  }
  // Messages may echo the input (injection strings included), so look for what input cannot produce.
  expect(answer.text).not.toMatch(internals);
}

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await server.graph.read<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

describe('random arguments to every Query field', () => {
  const runsPerField = 20;

  it.each(fields.map((field) => [field.name, field] as const))('%s', async (_name, field) => {
    await fc.assert(
      fc.asyncProperty(hostileArgs(field), async (args) => {
        expectPrecise(await ask(field, args), `${field.name}(${JSON.stringify(args).slice(0, 300)})`);
      }),
      runs(runsPerField),
    );
    expect(server.logs.filter((line) => line.includes('internal error'))).toEqual([]);
  });
});

describe('injection strings in every string argument', () => {
  it('leave the graph unchanged and are answered precisely, never with a 500', async () => {
    const before = await graphSize();
    const cases: Array<{ field: QueryField; args: Record<string, unknown>; what: string }> = [];
    for (const field of fields) {
      const baseline = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, plausibleValue(arg.type)]));
      for (const arg of field.args) {
        for (const target of stringTargets(arg.type, arg.name)) {
          // A cursor is decoded and its values reach Cypher as parameters: attack those too.
          const payloads = arg.name === 'after' ? [...injectionStrings, ...injectionStrings.map((text) => encodeCursor([text, text]))] : injectionStrings;
          for (const text of payloads) cases.push({ field, args: { ...baseline, [arg.name]: target.carry(text) }, what: `${field.name}(${target.label}: ${JSON.stringify(text)})` });
        }
      }
    }
    // A few at a time: over a thousand requests, each answered on its own.
    const queue = [...cases];
    const msByField = new Map<string, number>();
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const started = Date.now();
        expectPrecise(await ask(next.field, next.args), next.what);
        msByField.set(next.field.name, (msByField.get(next.field.name) ?? 0) + Date.now() - started);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    const slowest = [...msByField].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${ms} ms`);
    console.log(`injection: ${cases.length} requests over ${fields.length} Query fields; slowest fields in total: ${slowest.join(', ')}`);
    expect(cases.length).toBeGreaterThan(fields.length);
    expect(await graphSize()).toEqual(before);
    const canary = await server.graph.read<{ name: string }>('MATCH (p:Person {id: $id}) RETURN p.nameZh AS name', { id: `${prefix}canary` });
    expect(canary).toEqual([{ name: '金丝雀' }]);
    expect(server.logs.filter((line) => line.includes('internal error'))).toEqual([]);
  }, 300_000);

  it('a query searching for Lucene syntax finds text, not everything', async () => {
    const search = fields.find((field) => field.name === 'search')!;
    const all = await ask(search, { text: '*:*', first: 500 });
    expectPrecise(all, 'search(*:*)');
    const hits = ((all.body.data as { search?: unknown[] } | undefined)?.search ?? []).length;
    const nodes = (await graphSize()).nodes;
    expect(hits).toBeLessThan(Math.min(500, nodes));
  });
});
