import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/globalSetup.ts';
import { startCommand } from '../support/startCommand.ts';

describe('the start command', () => {
  it('serves on PORT, prints one ready line, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const run = startCommand({ PORT: String(port) });
    const ready = `scs-graph ready: http://127.0.0.1:${port} (GraphQL /graphql, GraphiQL /graphiql)`;
    await expect.poll(() => run.output().stdout, { timeout: 120_000, interval: 250 }).toContain(ready);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const result = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes { kind count } } }' }),
    });
    expect(result.status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stdout.trim()).toBe(ready);
  });

  it('a taken PORT is one clear line naming it, exit 1, no stack', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const run = startCommand({ PORT: String(port) });
      expect(await run.exited).toBe(1);
      const { stderr } = run.output();
      expect(stderr.trim()).toBe(
        `scs-graph: PORT ${port} on 127.0.0.1 is already in use by another process. Fix: stop that process or start with another port, e.g. PORT=${port + 1} npm start`,
      );
    } finally {
      blocker.close();
    }
  });

  it('a malformed PORT is one clear line, exit 1', async () => {
    const run = startCommand({ PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe("scs-graph: PORT must be a port number (0-65535), got 'eighty'. Fix: set PORT to a free port such as 4000");
  });
});
