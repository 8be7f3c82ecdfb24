import { sqlStateOf } from '@slash/api/db/errors';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, isRealPostgres, type TestRuntime } from '../../support/test-database.js';

type Rows = Record<string, unknown>[];
const rowsOf = (result: unknown): Rows => (Array.isArray(result) ? result : (result as { rows: Rows }).rows);

describe(`database features on ${isRealPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await createTestRuntime();
  });
  afterAll(async () => {
    await runtime.dispose();
  });

  it('applies every committed migration', async () => {
    const rows = rowsOf(
      await runtime.database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    );
    expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(2);
  });

  it('refuses two overlapping confirmed bookings of one client (btree_gist exclusion on tstzrange)', async () => {
    const db = runtime.database.db;
    const client = rowsOf(await db.execute(sql`insert into clients (email) values ('a@example.com') returning id`))[0]
      ?.id;
    // Each booking on its own request: a request books one meeting (another constraint).
    const newRequest = async () =>
      rowsOf(
        await db.execute(
          sql`insert into scheduling_requests (client_id, source, interpretation) values (${client}, 'api', '{}') returning id`,
        ),
      )[0]?.id;
    const insert = async (from: string, until: string, key: string) => {
      const request = await newRequest();
      return db.execute(sql`insert into bookings (client_id, request_id, starts_at, ends_at, blocked_from, blocked_until, manage_token_hash, ics_uid)
        values (${client}, ${request}, ${from}, ${until}, ${from}, ${until}, ${key}, ${key})`);
    };
    await insert('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z', 'k1');
    const refused = await insert('2026-03-02T10:30:00Z', '2026-03-02T11:30:00Z', 'k2').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(sqlStateOf(refused)).toBe('23P01'); // exclusion_violation
    await insert('2026-03-02T11:00:00Z', '2026-03-02T12:00:00Z', 'k3');
  });

  it('supports FOR UPDATE SKIP LOCKED and advisory locks', async () => {
    const db = runtime.database.db;
    const locked = rowsOf(await db.execute(sql`select pg_try_advisory_lock(42) as ok`));
    expect(locked[0]?.ok).toBe(true);
    await db.execute(sql`select pg_advisory_unlock(42)`);
    const skipped = rowsOf(await db.execute(sql`select id from clients for update skip locked`));
    expect(skipped.length).toBeGreaterThanOrEqual(1);
  });

  it('runs the job queue on the same database', async () => {
    const received: unknown[] = [];
    const { jobs } = runtime;
    jobs.define<{ n: number }>('test-job', async (data) => {
      received.push(data.n);
    });
    await jobs.start({ runWorkers: true });
    await jobs.send('test-job', { n: 7 });
    for (let attempt = 0; attempt < 100 && received.length === 0; attempt += 1)
      await new Promise((r) => setTimeout(r, 100));
    expect(received).toEqual([7]);
    await jobs.stop(2000);
  });
});
