/**
 * Applies the committed Drizzle migrations (src/db/migrations) at start-up and with `slash migrate`.
 * On PostgreSQL an advisory lock makes concurrent start-ups of several API processes safe.
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseHandle, DatabaseLocation } from './client.js';

/** The folder of committed migrations; the compiled file sits in dist/db, the SQL stays in src. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));
const MIGRATION_LOCK_ID = 727_001;

/** Brings the database at `location` (already opened as `handle`) up to the latest migration. */
export async function runMigrations(handle: DatabaseHandle, location: DatabaseLocation): Promise<void> {
  if ('url' in location) {
    const client = postgres(location.url, { max: 1, onnotice: () => undefined });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
      await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    } finally {
      await client.end({ timeout: 5 });
    }
    return;
  }
  await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** True when every committed migration has been applied (readiness). */
export async function areMigrationsApplied(handle: DatabaseHandle): Promise<boolean> {
  const expected = (await import('node:fs'))
    .readdirSync(MIGRATIONS_FOLDER)
    .filter((name) => name.endsWith('.sql')).length;
  try {
    const result = await handle.db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { applied: number }[];
    return (rows[0]?.applied ?? 0) >= expected;
  } catch {
    // The migrations table does not exist yet: not ready, which is the answer.
    return false;
  }
}
