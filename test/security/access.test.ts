/**
 * Access control, rate limits, CORS and security headers over real HTTP: the server built with the
 * middleware `npm start` uses (securityMiddleware), and the start command itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from '../../server/security/apiKeys.ts';
import { readSecurityConfig, type SecurityConfig } from '../../server/security/config.ts';
import { securityMiddleware } from '../../server/security/index.ts';
import { freePort } from '../support/globalSetup.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startCommand } from '../support/startCommand.ts';

// Keys need 32 characters at least (server/security/apiKeys.ts).
const keys = { viewer: 'k-viewer-3f9a-2c41d8e0b7a95f63e1c0', analyst: 'k-analyst-77b1-9e0f3a6c2d5b8e14f7a2', admin: 'k-admin-0c2e-5b7d9f1a3c6e8b0d2f4a6c' };
const apiKeys = `vera:viewer:${keys.viewer},ana:analyst:${keys.analyst},root:admin:${keys.admin}`;

function config(overrides: Partial<SecurityConfig> = {}): SecurityConfig {
  return { keys: KeyRing.fromEnv({ API_KEYS: apiKeys }), ratePerMinute: 0, corsOrigins: [], ...overrides };
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { response, status: response.status, body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> }, text };
}

const readQuery = '{ agency(id: "ndrc") { id } }';

describe('API keys required when configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ before: securityMiddleware(config()) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('a request without a key is 401 UNAUTHENTICATED with a sentence saying how to send one', async () => {
    const { status, body, response } = await post(server.url, readQuery);
    expect(status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toBe('this server requires an API key: send it as Authorization: Bearer <key> or X-API-Key: <key>');
    expect(body.data).toBeUndefined();
  });

  it('a wrong key is 401 too, and says the key is not valid', async () => {
    const wrong: Array<Record<string, string>> = [{ authorization: 'Bearer k-viewer-3f9b' }, { 'x-api-key': 'nope' }, { authorization: `Basic ${keys.viewer}` }];
    for (const headers of wrong) {
      const { status, body } = await post(server.url, readQuery, headers);
      expect(status, JSON.stringify(headers)).toBe(401);
      expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(server.url, readQuery, { 'x-api-key': 'nope' })).body.errors?.[0]?.message).toMatch(/not valid/);
  });

  it('every role reads with its key, as Bearer token or X-API-Key', async () => {
    for (const key of Object.values(keys)) {
      const ways: Array<Record<string, string>> = [{ authorization: `Bearer ${key}` }, { 'x-api-key': key }];
      for (const headers of ways) {
        const { status, body } = await post(server.url, '{ __typename }', headers);
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
      }
    }
  });

  it('GET /graphql (queries in the URL) needs a key too, under any spelling of the path', async () => {
    for (const route of ['/graphql', '/GraphQL', '/graphql/']) {
      const response = await fetch(`${server.url}${route}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
      expect(response.status, route).toBe(401);
    }
  });

  it('screening needs the analyst role: a viewer gets 403 FORBIDDEN saying so, analyst and admin screen', async () => {
    const screen = '{ screen(subjects: ["91350100M000100Y43"]) { asOf } }';
    const denied = await post(server.url, screen, { 'x-api-key': keys.viewer });
    expect(denied.status).toBe(403);
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', needed: 'analyst', role: 'viewer' });
    expect(denied.body.errors?.[0]?.message).toBe("screen needs the analyst role; the key 'vera' has the viewer role");
    for (const key of [keys.analyst, keys.admin]) {
      const allowed = await post(server.url, screen, { 'x-api-key': key });
      expect(allowed.status, allowed.text).toBe(200);
      expect(allowed.body.errors).toBeUndefined();
    }
  });

  it('the probes, the UI shell and the GraphiQL page stay open (they carry no data)', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${server.url}/graphiql`)).status).toBe(200);
  });
});

describe('access control off (the loopback default)', () => {
  it('without keys every request is served', async () => {
    const server = await startTestServer({ before: securityMiddleware(config({ keys: KeyRing.fromEnv({}) })) });
    try {
      const { status, body } = await post(server.url, readQuery);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED naming the limit and its value, per key', async () => {
    const server = await startTestServer({ before: securityMiddleware(config({ ratePerMinute: 3 })) });
    try {
      const viewer = { 'x-api-key': keys.viewer };
      for (let i = 0; i < 3; i++) expect((await post(server.url, '{ __typename }', viewer)).status).toBe(200);
      const limited = await post(server.url, '{ __typename }', viewer);
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3, windowSeconds: 60 });
      expect(limited.body.errors?.[0]?.message).toMatch(/^rate limit exceeded: at most 3 requests per minute per API key; retry in \d+ s$/);
      expect(Number(limited.response.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another key has its own budget.
      expect((await post(server.url, '{ __typename }', { 'x-api-key': keys.analyst })).status).toBe(200);
      // The probes are not counted.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('counts per client address when keys are off', async () => {
    const server = await startTestServer({ before: securityMiddleware(config({ keys: KeyRing.fromEnv({}), ratePerMinute: 2 })) });
    try {
      expect((await post(server.url, '{ __typename }')).status).toBe(200);
      expect((await post(server.url, '{ __typename }')).status).toBe(200);
      const limited = await post(server.url, '{ __typename }');
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0]?.message).toMatch(/at most 2 requests per minute per client address/);
    } finally {
      await server.close();
    }
  });
});

describe('CORS and security headers', () => {
  let closed: TestServer;
  let open: TestServer;
  beforeAll(async () => {
    closed = await startTestServer({ before: securityMiddleware(config({ keys: KeyRing.fromEnv({}) })) });
    open = await startTestServer({ before: securityMiddleware(config({ keys: KeyRing.fromEnv({}), corsOrigins: ['https://analyst.example.org'] })) });
  });
  afterAll(async () => {
    await closed.close();
    await open.close();
  });

  it('is closed by default: a foreign page gets no Access-Control-Allow-Origin, not even on preflight', async () => {
    const { response } = await post(closed.url, '{ __typename }', { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${closed.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS_ORIGINS opens it to the listed origins only', async () => {
    const allowed = await post(open.url, '{ __typename }', { origin: 'https://analyst.example.org' });
    expect(allowed.response.headers.get('access-control-allow-origin')).toBe('https://analyst.example.org');
    const preflight = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://analyst.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://analyst.example.org');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-api-key/);
    const other = await post(open.url, '{ __typename }', { origin: 'https://evil.example' });
    expect(other.response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('the UI and the API carry a CSP without inline script, and the usual hardening headers', async () => {
    for (const route of ['/', '/graphiql', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${closed.url}${route}`, { headers: { accept: route.startsWith('/graphql') ? 'application/json' : 'text/html' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, route).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('key guessing', () => {
  const maxFailures = 5;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ before: securityMiddleware(config({ authFailuresPerMinute: maxFailures })) });
  });
  afterAll(async () => {
    await server.close();
  });

  it(`after ${maxFailures} wrong keys the address gets 429 with Retry-After, even with a right key, and nothing is read`, async () => {
    for (let i = 0; i < maxFailures; i++) {
      expect((await post(server.url, readQuery, { 'x-api-key': `guess-${i}-${'x'.repeat(32)}` })).status).toBe(401);
    }
    const guessed = await post(server.url, readQuery, { 'x-api-key': `guess-next-${'x'.repeat(32)}` });
    expect(guessed.status).toBe(429);
    expect(guessed.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: maxFailures, windowSeconds: 60 });
    const retryAfter = Number(guessed.response.headers.get('retry-after'));
    expect(retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const right = await post(server.url, readQuery, { authorization: `Bearer ${keys.viewer}` });
    expect(right.status).toBe(429);
    expect(right.body.data).toBeUndefined();
  });
});

describe('security configuration from the environment', () => {
  it('reads the rate, the origins and the keys, and refuses malformed values with the fix', () => {
    const read = readSecurityConfig({ API_KEYS: apiKeys, RATE_LIMIT_PER_MINUTE: '120', CORS_ORIGINS: 'https://a.example, http://localhost:5173' });
    expect(read.keys.enabled).toBe(true);
    expect(read.ratePerMinute).toBe(120);
    expect(read.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(readSecurityConfig({}).ratePerMinute).toBe(600);
    expect(readSecurityConfig({}).corsOrigins).toEqual([]);
    expect(() => readSecurityConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE must be a whole number ≥ 0, got 'lots'/);
    expect(() => readSecurityConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS entry 'https:\/\/a.example\/path' is not an origin/);
    expect(() => readSecurityConfig({ API_KEYS_FILE: '/nonexistent/keys' })).toThrow(/API_KEYS_FILE \/nonexistent\/keys does not exist/);
    expect(readSecurityConfig({}).authFailuresPerMinute).toBe(10);
    expect(() => readSecurityConfig({ AUTH_FAILURES_PER_MINUTE: '-1' })).toThrow(/AUTH_FAILURES_PER_MINUTE must be a whole number ≥ 0, got '-1'/);
  });
});

describe('the start command', () => {
  it('refuses a non-loopback HOST without API keys: one line, exit 1', async () => {
    const run = startCommand({ HOST: '0.0.0.0', PORT: String(await freePort()) });
    // Should it start serving instead, it must not outlive the test.
    const watchdog = setTimeout(() => run.child.kill('SIGKILL'), 50_000);
    const code = await run.exited;
    clearTimeout(watchdog);
    expect(code).toBe(1);
    expect(run.output().stderr.trim()).toBe(
      'scs-graph: refusing to listen on 0.0.0.0 without API keys: anyone on that network could read the graph. Fix: set API_KEYS (or API_KEYS_FILE) to require keys, bind HOST=127.0.0.1, or pass --insecure-public if you really mean it',
    );
  });

  it('refuses a key shorter than 32 characters, also for a public bind: one line, exit 1', async () => {
    const run = startCommand({ HOST: '0.0.0.0', PORT: String(await freePort()), API_KEYS: 'ops:admin:x' });
    const watchdog = setTimeout(() => run.child.kill('SIGKILL'), 50_000);
    const code = await run.exited;
    clearTimeout(watchdog);
    expect(code).toBe(1);
    expect(run.output().stderr.trim()).toBe(
      'scs-graph: the API keys are not usable: API_KEYS entry 1 (ops): the key has 1 characters, at least 32 are needed (make one with npx tsx server/cli/apikey.ts ops admin). Fix: write API_KEYS as name:role:key,… or API_KEYS_FILE lines as printed by `npx tsx server/cli/apikey.ts NAME ROLE`',
    );
  });

  it('--insecure-public lets it listen beyond loopback without keys', async () => {
    const port = await freePort();
    const run = startCommand({ HOST: '0.0.0.0', PORT: String(port) }, ['--insecure-public']);
    try {
      await expect.poll(() => run.output().stdout, { timeout: 120_000, interval: 250 }).toContain(`scs-graph ready: http://0.0.0.0:${port}`);
      expect(run.output().stderr).toContain('no API keys configured: /graphql is open');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  });

  it('with API_KEYS set, requires a key on /graphql and sends the security headers', async () => {
    const port = await freePort();
    const run = startCommand({ HOST: '127.0.0.1', PORT: String(port), API_KEYS: apiKeys });
    try {
      await expect.poll(() => run.output().stdout, { timeout: 120_000, interval: 250 }).toContain('scs-graph ready');
      expect(run.output().stderr).toContain('API keys required on /graphql; rate limit 600 requests/minute per key; CORS closed');
      const url = `http://127.0.0.1:${port}`;
      expect((await post(url, readQuery)).status).toBe(401);
      const ok = await post(url, readQuery, { authorization: `Bearer ${keys.viewer}` });
      expect(ok.status).toBe(200);
      expect(ok.response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(ok.response.headers.get('ratelimit-policy')).toMatch(/q=600/);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  });
});
