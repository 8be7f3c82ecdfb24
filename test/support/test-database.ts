/**
 * A fresh, migrated database per test file: with DATABASE_URL, a new PostgreSQL database created on
 * that server (dropped at the end); without, an in-memory PGlite.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openRuntime, type Runtime } from '@slash/api/runtime';
import type { DatabaseLocation } from '@slash/api/db/client';

/** A migrated runtime on its own database, and how to dispose of it. */
export interface TestRuntime extends Runtime {
  /** The URL of the fresh PostgreSQL database, when running against a real server. */
  readonly databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

/** True when tests run against a real PostgreSQL server. */
export const isRealPostgres = (process.env.DATABASE_URL ?? '') !== '';

/** Creates a fresh database and opens a runtime on it. */
export async function createTestRuntime(): Promise<TestRuntime> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    const runtime = await openRuntime({ inMemory: true }, () => undefined);
    return {
      ...runtime,
      databaseUrl: undefined,
      async dispose() {
        // Workers first: a worker polling a closed database would fail with an unhandled rejection.
        await runtime.jobs.stop(2000).catch(() => undefined);
        await runtime.database.close();
      },
    };
  }
  const name = `slash_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const location: DatabaseLocation = { url: url.toString() };
  const runtime = await openRuntime(location, () => undefined);
  return {
    ...runtime,
    databaseUrl: url.toString(),
    async dispose() {
      await runtime.jobs.stop(2000).catch(() => undefined);
      await runtime.database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
