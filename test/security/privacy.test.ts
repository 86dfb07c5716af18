/**
 * Privacy: ID-card numbers never stored in clear (CSV, FtM, BODS imports), logs without personal
 * data, error responses without stack, Cypher or paths; the web UI without inline script, working
 * under its CSP in a real browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../graph/config.ts';
import { Graph } from '../../graph/driver.ts';
import { importFile } from '../../seed/import/run.ts';
import { hashIdNumber } from '../../seed/import/values.ts';
import { createServer } from '../../server/app.ts';
import { KeyRing } from '../../server/security/apiKeys.ts';
import { securityMiddleware } from '../../server/security/index.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';

// The page's globals as page.evaluate callbacks see them (this file compiles without the DOM lib).
declare const window: { __cy?: { nodes(): { length: number } } };

const prefix = 'sec-priv-';
const salt = 'test-salt-4f1c';
/** Made-up ID-card numbers (18 characters, the last may be X). */
const idNumbers = ['11010519491231002X', '440305198807150031', '310104200001011234'];

let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await testGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-privacy-'));
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.write('MATCH (c:LoadCheckpoint) WHERE c.key CONTAINS $dir DELETE c', { dir });
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every property of every node and relationship the import wrote, plus its checkpoints, as text. */
async function storedText(): Promise<string> {
  const nodes = await graph.read('MATCH (n:Node) WHERE n.id STARTS WITH $prefix RETURN properties(n) AS p', { prefix });
  const rels = await graph.read('MATCH (n:Node)-[r]-() WHERE n.id STARTS WITH $prefix RETURN properties(r) AS p', { prefix });
  const checkpoints = await graph.read('MATCH (c:LoadCheckpoint) WHERE c.key CONTAINS $dir RETURN properties(c) AS p', { dir });
  return JSON.stringify([nodes, rels, checkpoints]);
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('ID-card numbers', () => {
  it('a persons CSV keeps only the salted hash of id_number', async () => {
    const file = write('persons.csv', `id,name_zh,id_number\np1,张三,${idNumbers[0]}\np2,李四,${idNumbers[1]!.slice(0, 6)} ${idNumbers[1]!.slice(6)}\n`);
    const result = await importFile(graph, { file, format: 'csv-persons', namespace: prefix, idHashSalt: salt, rejectsDir: dir });
    expect(result.errors).toBe(0);
    expect(result.written).toBe(true);
    const rows = await graph.read<{ id: string; hash: string }>('MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.idNumberHash AS hash ORDER BY id', { ids: [`${prefix}p1`, `${prefix}p2`] });
    expect(rows).toEqual([
      { id: `${prefix}p1`, hash: hashIdNumber(idNumbers[0]!, salt) },
      // Spaces and case do not change the hash, so the same person matches across files.
      { id: `${prefix}p2`, hash: hashIdNumber(idNumbers[1]!, salt) },
    ]);
    expect(hashIdNumber(idNumbers[0]!, salt)).not.toBe(hashIdNumber(idNumbers[0]!, 'another-salt'));
    const stored = await storedText();
    for (const number of idNumbers.slice(0, 2)) {
      expect(stored).not.toContain(number);
      expect(stored).not.toContain(number.slice(6));
    }
    for (const line of result.problems) expect(line).not.toContain(idNumbers[0]!.slice(6));
  });

  it('without ID_HASH_SALT a file with ID numbers is refused and nothing is written', async () => {
    const file = write('persons-nosalt.csv', `id,name_zh,id_number\np3,王五,${idNumbers[2]}\n`);
    const result = await importFile(graph, { file, format: 'csv-persons', namespace: prefix, rejectsDir: dir });
    expect(result.written).toBe(false);
    expect(result.problems.join('\n')).toMatch(/ID_HASH_SALT/);
    expect(result.problems.join('\n')).not.toContain(idNumbers[2]);
    expect(await graph.read('MATCH (p:Person {id: $id}) RETURN p', { id: `${prefix}p3` })).toEqual([]);
  });

  it('FollowTheMoney and BODS persons lose their ID and passport numbers on import', async () => {
    const ftm = write(
      'people.ftm.json',
      `${JSON.stringify({ id: 'x1', schema: 'Person', properties: { name: ['赵六'], idNumber: [idNumbers[2]], passportNumber: ['E12345678'], innCode: [idNumbers[2]] } })}\n`,
    );
    const bods = write(
      'people.bods.json',
      JSON.stringify([
        {
          statementId: 's-person-1',
          declarationSubject: 'r1',
          statementDate: '2024-01-01',
          recordId: 'r1',
          recordType: 'person',
          recordStatus: 'new',
          recordDetails: { personType: 'knownPerson', isComponent: false, names: [{ fullName: '孙七' }], identifiers: [{ id: idNumbers[2], scheme: 'CN-ID' }, { id: 'E12345678', schemeName: 'passport' }] },
        },
      ]),
    );
    for (const [file, format] of [[ftm, 'ftm'], [bods, 'bods']] as const) {
      const result = await importFile(graph, { file, format, namespace: prefix, idHashSalt: salt, rejectsDir: dir });
      expect(result.errors, result.problems.join('\n')).toBe(0);
      expect(result.written).toBe(true);
    }
    const stored = await storedText();
    expect(stored).toContain('赵六');
    expect(stored).toContain('孙七');
    expect(stored).not.toContain(idNumbers[2]);
    expect(stored).not.toContain('E12345678');
  });
});

describe('logs and error responses', () => {
  /** A Graph whose every read fails like an unexpected bug, with Cypher and a path in its message. */
  class BrokenGraph extends Graph {
    override async read<T>(): Promise<T[]> {
      throw new Error('unexpected: MATCH (p:Person) RETURN p failed in /work/main/graph/queries/lookups.ts:42');
    }
  }

  it('an internal error reaches the client as an id only; the log has that id and no request data', async () => {
    const logs: string[] = [];
    const broken = new BrokenGraph(graph.driver, graph.database, graph.serverVersion);
    const server = await createServer({ graph: broken, log: (line) => logs.push(line) });
    const url = await server.start(0, '127.0.0.1');
    try {
      const personal = `张三 ${idNumbers[0]}`;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($id: ID!, $text: String!) { person(id: $id) { id } search(text: $text) { score } }', variables: { id: personal, text: personal } }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: { code: string; errorId?: string } }> };
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) {
        expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect(error.message).toMatch(/^internal error \(id [0-9a-f-]{36}\); the server log has the details$/);
        expect(logs.some((line) => line.includes(error.extensions.errorId!))).toBe(true);
      }
      expect(text).not.toMatch(/MATCH|RETURN|\/work\/|\.ts:\d+|stacktrace|\\n\s+at /);
      expect(logs.join('\n')).not.toContain(idNumbers[0]);
      expect(logs.join('\n')).not.toContain('张三');
    } finally {
      await server.stop();
    }
  });
});

describe('web UI', () => {
  const dist = path.join(repoRoot, 'dist', 'web');
  const pages = ['index.html', 'graphiql.html'];

  it('the built pages load scripts only from files: no inline script, no event-handler attributes, no javascript: URLs', () => {
    for (const page of pages) {
      const file = path.join(dist, page);
      expect(fs.existsSync(file), `${file} is missing: run npm run build:web (npm test does it)`).toBe(true);
      const html = fs.readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes, content] of scripts) {
        expect(attributes, page).toMatch(/\bsrc=/);
        expect(content!.trim(), page).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
    }
  });

  it('the explorer and GraphiQL work in Chromium under the CSP, with no violation reported', async () => {
    const server = await createServer({ graph, log: () => {}, before: securityMiddleware({ keys: KeyRing.fromEnv({}), ratePerMinute: 0, corsOrigins: [] }) });
    const url = await server.start(0, '127.0.0.1');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));

      await page.goto(`${url}/`);
      await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0, undefined, { timeout: 120_000 });
      await page.goto(`${url}/graphiql`);
      await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 120_000 });
      // Monaco starts its workers after the editor shows; give them a moment to be refused, if they are.
      await page.waitForTimeout(2_000);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
    }
  }, 300_000);
});
