/**
 * R10 (SECURITY.md): the database restarts while the app serves requests. Requests fail fast with a
 * 503 problem and Retry-After (not a 500, not a hang), and the app recovers by itself once the server is
 * back. The restart is played by a TCP relay in front of the real PostgreSQL server: closing it drops
 * every connection and refuses new ones, as a restarting server does; reopening it lets them through.
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '@slash/api/app';
import { fixedClock } from '@slash/api/clock';
import { testConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { openRuntime, type Runtime } from '@slash/api/runtime';
import { createTestRuntime, isRealPostgres, type TestRuntime } from '../../support/test-database.js';

/** A relay to `target` that can be closed (connections dropped, new ones refused) and reopened. */
async function startRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((incoming) => {
    const outgoing = net.connect(target.port, target.host);
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async reopen() {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
  };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  cleanup = [];
});

describe.skipIf(!isRealPostgres)(
  'R10: PostgreSQL restarts mid-load (needs a real PostgreSQL, set DATABASE_URL)',
  () => {
    it('answers 503 with Retry-After within 5 s while it is down, and serves again once it is back', async () => {
      const database: TestRuntime = await createTestRuntime();
      cleanup.push(() => database.dispose());
      const direct = new URL(database.databaseUrl!);
      const relay = await startRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
      cleanup.push(() => relay.close());
      const viaRelay = new URL(direct);
      viaRelay.port = String(relay.port);
      const runtime: Runtime = await openRuntime({ url: viaRelay.toString() }, () => undefined);
      cleanup.push(() => runtime.database.close());
      const logs: string[] = [];
      const app: FastifyInstance = await buildApp({
        config: testConfig({ ...generateSecrets(), logLevel: 'error' }),
        database: runtime.database,
        jobs: runtime.jobs,
        clock: fixedClock(Date.parse('2026-03-02T08:00:00Z')),
        logStream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logs.push(chunk.toString('utf8'));
            done();
          },
        }),
      });
      cleanup.push(() => app.close());
      await app.ready();
      // A booking-page lookup reads the database: an unknown link is a plain 404 while it is up.
      const lookUp = () => app.inject({ method: 'GET', url: '/v1/public/links/no-such-link-token-000000000000000' });
      expect((await lookUp()).statusCode).toBe(404);

      await relay.close();
      const outage = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const startedMs = Date.now();
          const response = await lookUp();
          return { response, tookMs: Date.now() - startedMs };
        }),
      );
      for (const { response, tookMs } of outage) {
        expect(response.statusCode, response.body).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.headers['retry-after']).toBe('5');
        expect(response.json()).toMatchObject({ code: 'unavailable', status: 503 });
        expect(response.body).not.toMatch(/select|booking_links|postgres/i);
        expect(tookMs).toBeLessThan(5_000);
      }
      expect(logs.some((line) => line.includes('database unavailable'))).toBe(true);

      await relay.reopen();
      const backWithinMs = 10_000;
      const deadline = Date.now() + backWithinMs;
      let status = 0;
      while (Date.now() < deadline) {
        status = (await lookUp()).statusCode;
        if (status === 404) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status, `not serving again within ${backWithinMs} ms`).toBe(404);
    });
  },
);
