import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { testConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { startServer } from '@slash/api/server';
import { createTestRuntime } from '../support/test-database.js';

const CLI = fileURLToPath(new URL('../../api/dist/cli.js', import.meta.url));

describe('graceful shutdown', () => {
  it('finishes every in-flight request on SIGTERM, refuses new ones and turns readiness off', async () => {
    const runtime = await createTestRuntime();
    const config = testConfig({ ...generateSecrets(), port: 0, logLevel: 'silent' });
    let started = 0;
    const server = await startServer(config, runtime, {
      routes: (app) =>
        app.get('/__slow', { config: { auth: 'public' } }, async () => {
          started += 1;
          await sleep(400);
          return { done: true };
        }),
    });
    const inFlight = Array.from({ length: 20 }, () =>
      fetch(`${server.url}/__slow`).then((response) => response.status),
    );
    // SIGTERM arrives once every request is inside its handler: in flight, not merely being sent.
    while (started < 20) await sleep(5);
    const stopping = server.shutdown('SIGTERM');
    const late = await fetch(`${server.url}/readyz`).then(
      (response) => response.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 20 }, () => 200));
    await stopping;
    await runtime.dispose().catch(() => undefined);
  });
});

describe.skipIf(!existsSync(CLI))('slash serve (process)', () => {
  it('refuses a bad PORT with one line naming it', async () => {
    const child = spawn(process.execPath, [CLI, 'serve'], { env: { ...process.env, PORT: 'abc' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/PORT/);
  });

  it('exits within 10 s of SIGTERM', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    // In-memory PGlite (no DATABASE_URL): the process touches no shared database.
    const env = {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      RUN_WORKERS: 'false',
    };
    const child = spawn(process.execPath, [CLI, 'serve'], { env });
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let isReady = false;
    for (let attempt = 0; attempt < 200 && !isReady; attempt += 1) {
      await sleep(200);
      isReady = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
    }
    expect(isReady).toBe(true);
    const startedMs = performance.now();
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(performance.now() - startedMs).toBeLessThan(10_000);
  }, 90_000);
});
