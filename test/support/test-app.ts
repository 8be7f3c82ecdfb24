/**
 * The app on a fresh database with a settable clock, for `app.inject()` tests and for tests that
 * listen on an ephemeral port. Logs are captured so tests can prove what is (not) logged.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@slash/api/app';
import { fixedClock } from '@slash/api/clock';
import { testConfig, type AppConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { createTestRuntime, type TestRuntime } from './test-database.js';

/** A test app and its parts. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly runtime: TestRuntime;
  readonly config: AppConfig;
  readonly clock: ReturnType<typeof fixedClock>;
  /** Every log line written so far. */
  readonly logs: string[];
  close(): Promise<void>;
}

/** Options of createTestApp. */
export interface TestAppOptions {
  readonly config?: Partial<AppConfig>;
  readonly nowMs?: number;
  /** Start the job queue with workers (default false: tests that need jobs opt in). */
  readonly runWorkers?: boolean;
  /** Extra routes a test needs (added before the app is ready). */
  readonly routes?: (app: FastifyInstance) => void;
}

/** Builds the app over a fresh migrated database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const runtime = await createTestRuntime();
  const secrets = generateSecrets();
  const config = testConfig({ ...secrets, logLevel: 'info', ...options.config });
  const clock = fixedClock(options.nowMs ?? Date.parse('2026-03-02T08:00:00Z'));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = await buildApp({ config, database: runtime.database, jobs: runtime.jobs, clock, logStream });
  options.routes?.(app);
  await app.ready();
  await runtime.jobs.start({ runWorkers: options.runWorkers ?? false });
  return {
    app,
    runtime,
    config,
    clock,
    logs,
    async close() {
      await app.close();
      await runtime.dispose();
    },
  };
}
