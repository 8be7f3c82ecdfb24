/**
 * A scheduling test world: the app on a fresh database (with the scheduling hooks the generic
 * createTestApp does not take), one client with a built-in calendar that receives new meetings,
 * a signed-in session, and helpers to post a thread and wait for jobs' effects.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import { buildApp } from '@slash/api/app';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import { fixedClock } from '@slash/api/clock';
import { testConfig, type AppConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { openRuntime, type Runtime } from '@slash/api/runtime';
import type { SchedulingOptions } from '@slash/api/scheduling/register-scheduling';
import { createTestRuntime, type TestRuntime } from '../../support/test-database.js';

/** Monday 2 March 2026, 09:00 in Paris. */
export const NOW_MS = Date.parse('2026-03-02T08:00:00Z');
export const CLIENT_EMAIL = 'camille.martin@client.example';

/** A thread from one contact asking for a 30-minute call next week (English). */
export function sampleThread(contact = { email: 'ann.lee@acme.example', name: 'Ann Lee' }, extraBody = '') {
  return {
    subject: 'Catching up',
    messages: [
      {
        from: contact,
        to: [{ email: CLIENT_EMAIL, name: 'Camille Martin' }],
        cc: [],
        date: '2026-03-02T07:30:00Z',
        body: `Hi Camille,\n\nCould we have a 30-minute call next week to catch up on the project?${extraBody}\n\nBest,\n${contact.name}`,
      },
    ],
  };
}

/** One app process over a runtime. */
export interface AppProcess {
  readonly app: FastifyInstance;
  readonly runtime: Runtime;
}

/** The world. */
export interface SchedulingWorld {
  readonly app: FastifyInstance;
  readonly runtime: TestRuntime;
  readonly config: AppConfig;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly clientId: string;
  readonly calendarId: string;
  readonly token: string;
  readonly auth: { authorization: string };
  readonly logs: string[];
  /** Another process (own pool, own job workers) over the same database. */
  startSecondProcess(): Promise<AppProcess>;
  close(): Promise<void>;
}

/** Options of the world. */
export interface WorldOptions {
  readonly config?: Partial<AppConfig>;
  readonly runWorkers?: boolean;
  readonly scheduling?: SchedulingOptions;
}

async function build(
  runtime: Runtime,
  config: AppConfig,
  clock: ReturnType<typeof fixedClock>,
  logs: string[],
  scheduling: SchedulingOptions | undefined,
) {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = await buildApp({
    config,
    database: runtime.database,
    jobs: runtime.jobs,
    clock,
    logStream,
    ...(scheduling === undefined ? {} : { scheduling }),
  });
  await app.ready();
  return app;
}

/** Creates the world; `runWorkers` runs the job workers (calendar writes, emails). */
export async function createSchedulingWorld(options: WorldOptions = {}): Promise<SchedulingWorld> {
  const runtime = await createTestRuntime();
  const config = testConfig({
    ...generateSecrets(),
    publicBaseUrl: 'https://slash.test',
    logLevel: 'error',
    ...options.config,
  });
  const clock = fixedClock(NOW_MS);
  const logs: string[] = [];
  const scheduling = { jobRetryDelaySeconds: 1, ...options.scheduling };
  const app = await build(runtime, config, clock, logs, scheduling);
  await runtime.jobs.start({ runWorkers: options.runWorkers ?? false });
  const db = runtime.database.db;
  const accounts = createAccountsRepository(db);
  const client = await accounts.insertClient({
    email: CLIENT_EMAIL,
    name: 'Camille Martin',
    timeZone: 'Europe/Paris',
    language: 'fr',
  });
  const calendars = createCalendarsRepository(db);
  const connection = await calendars.insertConnection({
    clientId: client.id,
    provider: 'builtin',
    accountEmail: CLIENT_EMAIL,
  });
  await calendars.insertCalendars([
    {
      clientId: client.id,
      connectionId: connection.id,
      externalId: 'primary',
      name: 'Slash',
      blocksAvailability: true,
      receivesNewMeetings: true,
    },
  ]);
  const [calendar] = await calendars.listCalendars(client.id);
  const { token } = await createSessionService({ accounts, clock }).open(client.id, 'addin');
  const extra: AppProcess[] = [];
  return {
    app,
    runtime,
    config,
    clock,
    clientId: client.id,
    calendarId: calendar!.id,
    token,
    auth: { authorization: `Bearer ${token}` },
    logs,
    async startSecondProcess() {
      if (runtime.databaseUrl === undefined) throw new Error('a second process needs DATABASE_URL');
      const second = await openRuntime({ url: runtime.databaseUrl }, () => undefined);
      const secondApp = await build(second, config, clock, logs, scheduling);
      await second.jobs.start({ runWorkers: options.runWorkers ?? false });
      const process = { app: secondApp, runtime: second };
      extra.push(process);
      return process;
    },
    async close() {
      for (const process of extra) {
        await process.app.close();
        await process.runtime.jobs.stop(2000).catch(() => undefined);
        await process.runtime.database.close();
      }
      await app.close();
      await runtime.dispose();
    },
  };
}

/** Polls `check` until it returns a value (bounded), for effects of background jobs. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The booking-link token of a `bookingLink.url`. */
export function linkTokenOf(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
