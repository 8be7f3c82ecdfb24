/**
 * Database connection: the `postgres` driver on a real PostgreSQL when DATABASE_URL is set, else
 * embedded PGlite (a folder under DATA_DIR, or memory for tests). Both speak the same SQL and run
 * the same migrations; btree_gist is loaded into PGlite so exclusion constraints work on both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.js';

/** The Drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A raw SQL runner (used by the job queue): returns the rows of the last statement. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** An open database with the handles the rest of the API needs. */
export interface DatabaseHandle {
  readonly db: Database;
  readonly driver: 'postgres' | 'pglite';
  readonly executeSql: ExecuteSql;
  close(): Promise<void>;
}

/** Where the database lives: a PostgreSQL URL, a PGlite folder, or PGlite in memory. */
export type DatabaseLocation = { url: string } | { pgliteDir: string } | { inMemory: true };

/** Opens the database at `location`. */
export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if ('url' in location) return openPostgres(location.url);
  const dataDir = 'pgliteDir' in location ? path.resolve(location.pgliteDir) : undefined;
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), extensions: { btree_gist } });
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    async executeSql(text, values) {
      if (values !== undefined && values.length > 0) {
        return (await client.query(text, values)) as { rows: Record<string, unknown>[] };
      }
      // Without parameters the text may hold several statements (the job queue's own migrations).
      const results = await client.exec(text);
      return (results.at(-1) as { rows: Record<string, unknown>[] } | undefined) ?? { rows: [] };
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  // A server out of reach fails the request within 5 s (503, SECURITY.md R10) instead of hanging for 30.
  const client = postgres(url, {
    max: 10,
    connect_timeout: 5,
    onnotice: () => undefined,
    connection: { application_name: 'slash' },
  });
  const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    async executeSql(text, values) {
      const rows =
        values !== undefined && values.length > 0
          ? await client.unsafe(text, values as never[])
          : await client.unsafe(text).simple();
      const last = Array.isArray(rows[0]) ? (rows.at(-1) as unknown as Record<string, unknown>[]) : rows;
      return { rows: [...(last as Iterable<Record<string, unknown>>)] };
    },
    close: () => client.end({ timeout: 5 }),
  };
}
