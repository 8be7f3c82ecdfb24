/**
 * The imperative shell's wiring: open the database the configuration names, apply migrations,
 * create the job queue. Shared by `slash serve`, `slash worker` and `slash migrate`.
 */
import path from 'node:path';
import type { AppConfig } from './config/config.js';
import { openDatabase, type DatabaseHandle, type DatabaseLocation } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { createJobQueue, type JobQueue } from './jobs/job-queue.js';

/** An open database (migrated) and a job queue over it. */
export interface Runtime {
  readonly database: DatabaseHandle;
  readonly location: DatabaseLocation;
  readonly jobs: JobQueue;
}

/** Where the configuration says the database is. */
export function databaseLocation(config: AppConfig): DatabaseLocation {
  if (config.databaseUrl !== undefined) return { url: config.databaseUrl };
  if (config.nodeEnv === 'test') return { inMemory: true };
  return { pgliteDir: path.join(config.dataDir, 'pglite') };
}

/** Opens and migrates the database at `location`, and creates (not starts) the job queue. */
export async function openRuntime(location: DatabaseLocation, onJobError: (error: Error) => void): Promise<Runtime> {
  const database = await openDatabase(location);
  await runMigrations(database, location);
  const jobs = createJobQueue(
    'url' in location ? { url: location.url } : { executeSql: database.executeSql },
    onJobError,
  );
  return { database, location, jobs };
}
