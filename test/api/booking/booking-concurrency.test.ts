/**
 * No double booking (SECURITY.md D1–D4): the exclusion constraint decides, across processes.
 * D2 needs a real PostgreSQL server (two API processes over one database); it is skipped with a
 * message when DATABASE_URL is unset.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import { isRealPostgres } from '../../support/test-database.js';
import {
  createSchedulingWorld,
  eventually,
  linkTokenOf,
  sampleThread,
  type SchedulingWorld,
} from './booking-fixture.js';

let world: SchedulingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function newRequest(
  w: SchedulingWorld,
  contactEmail = 'ann.lee@acme.example',
): Promise<{ view: SchedulingRequestView; token: string }> {
  const response = await w.app.inject({
    method: 'POST',
    url: '/v1/scheduling-requests',
    headers: w.auth,
    payload: { thread: sampleThread({ email: contactEmail, name: 'Ann Lee' }) },
  });
  expect(response.statusCode, response.body).toBe(201);
  const view = response.json() as SchedulingRequestView;
  return { view, token: linkTokenOf(view.bookingLink!.url) };
}

async function book(w: SchedulingWorld, token: string, start: string, key: string) {
  return w.app.inject({
    method: 'POST',
    url: `/v1/public/links/${token}/bookings`,
    headers: { 'idempotency-key': key },
    payload: { start, timeZone: 'Europe/Paris' },
  });
}

async function count(w: SchedulingWorld, sql: string, values: unknown[] = []): Promise<number> {
  const result = await w.runtime.database.executeSql(sql, values);
  return Number(result.rows[0]?.count ?? 0);
}

const TEN = '2026-03-11T09:00:00.000Z'; // Wednesday 11 March, 10:00 Paris

describe.skipIf(!isRealPostgres)(
  'D2: 50 concurrent confirmations of one slot over two API processes (skipped: needs a real PostgreSQL, set DATABASE_URL)',
  () => {
    it('gives exactly one 201 and 49 problem+json 409s, no 5xx, one event and one invitation', async () => {
      world = await createSchedulingWorld({ runWorkers: true });
      const { token } = await newRequest(world);
      const second = await world.startSecondProcess();
      const urls: string[] = [];
      for (const app of [world.app, second.app]) {
        await app.listen({ port: 0, host: '127.0.0.1' });
        urls.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      }
      const responses = await Promise.all(
        Array.from({ length: 50 }, async (_, index) => {
          const response = await fetch(`${urls[index % 2]}/v1/public/links/${token}/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `race-key-${index}` },
            body: JSON.stringify({ start: TEN, timeZone: 'Europe/Paris', form: { firstName: `Racer ${index}` } }),
          });
          return {
            status: response.status,
            type: response.headers.get('content-type') ?? '',
            body: (await response.json()) as { slots?: unknown[]; code?: string; bookedFor?: unknown },
          };
        }),
      );
      const statuses = responses.map((response) => response.status);
      expect(
        statuses.filter((status) => status === 201),
        JSON.stringify(statuses),
      ).toHaveLength(1);
      const errors = world.logs.filter((line) => line.includes('unexpected error')).slice(0, 3);
      expect(
        statuses.filter((status) => status === 409),
        `${JSON.stringify(responses.slice(0, 3))}\n${errors.join('\n')}`,
      ).toHaveLength(49);
      for (const loser of responses.filter((response) => response.status === 409)) {
        expect(loser.type).toContain('application/problem+json');
        // Lost the slot itself (fresh slots), or arrived once the link's one meeting was booked.
        if (loser.body.code === 'already_booked') expect(loser.body.bookedFor).toMatchObject({ start: TEN });
        else expect(Array.isArray(loser.body.slots)).toBe(true);
      }
      expect(await count(world, "select count(*) from bookings where status = 'confirmed'")).toBe(1);
      expect(
        await count(
          world,
          'select count(*) from bookings a join bookings b on a.id < b.id and a.client_id = b.client_id and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)',
        ),
      ).toBe(0);
      await eventually(async () =>
        (await count(world!, 'select count(*) from builtin_events where uid like $1', ['%@slash'])) === 1
          ? true
          : undefined,
      );
      await eventually(async () =>
        (await count(
          world!,
          "select count(*) from outbox_emails where status = 'kept' and dedupe_key like '%:contact:%'",
        )) === 1
          ? true
          : undefined,
      );
      expect(await count(world, "select count(*) from outbox_emails where dedupe_key like '%:contact:%'")).toBe(1);
    });
  },
);

describe('one meeting per link', () => {
  it('lets exactly one of ten contacts racing for ten different times book; the others learn when it is', async () => {
    world = await createSchedulingWorld();
    const { token } = await newRequest(world);
    const starts = Array.from({ length: 10 }, (_, index) =>
      new Date(Date.parse(TEN) + index * 3_600_000).toISOString(),
    );
    const responses = await Promise.all(starts.map((start, index) => book(world!, token, start, `one-link-${index}`)));
    const won = responses.filter((response) => response.statusCode === 201);
    expect(won).toHaveLength(1);
    const winner = won[0]!.json() as { start: string; end: string };
    for (const lost of responses.filter((response) => response.statusCode !== 201)) {
      expect(lost.statusCode).toBe(409);
      expect(lost.json()).toMatchObject({
        code: 'already_booked',
        bookedFor: { start: winner.start, end: winner.end },
      });
    }
    expect(await count(world, "select count(*) from bookings where status = 'confirmed'")).toBe(1);
    const view = await world.app.inject({ method: 'GET', url: `/v1/public/links/${token}` });
    expect(view.json().bookedFor).toEqual({ start: winner.start, end: winner.end });
    const slots = await world.app.inject({
      method: 'GET',
      url: `/v1/public/links/${token}/slots?timeZone=Europe/Paris`,
    });
    expect(slots.statusCode).toBe(409);
    expect(slots.json()).toMatchObject({ code: 'already_booked' });
  });
});

describe('D1/D3: overlap variants and buffers', () => {
  it('refuses an overlapping start with 409, accepts back-to-back, and a buffer makes back-to-back a 409', async () => {
    world = await createSchedulingWorld();
    const { token } = await newRequest(world);
    expect((await book(world, token, TEN, 'd3-key-0001')).statusCode).toBe(201);
    const other = await newRequest(world, 'dan@delta.example');
    const overlap = await book(world, other.token, '2026-03-11T09:15:00.000Z', 'd3-key-0002');
    expect(overlap.statusCode).toBe(409);
    expect(overlap.headers['content-type']).toContain('application/problem+json');
    expect((overlap.json() as { slots: { start: string }[] }).slots.map((slot) => slot.start)).not.toContain(
      '2026-03-11T09:15:00.000Z',
    );
    expect((await book(world, other.token, '2026-03-11T09:30:00.000Z', 'd3-key-0003')).statusCode).toBe(201);

    const put = await world.app.inject({
      method: 'PUT',
      url: '/v1/me/preferences',
      headers: world.auth,
      payload: { meetingTypes: { call: { bufferAfterMinutes: 10 } } },
    });
    expect(put.statusCode, put.body).toBe(200);
    const buffered = await newRequest(world, 'bob@beta.example');
    const after = await newRequest(world, 'eve@epsilon.example');
    expect((await book(world, buffered.token, '2026-03-12T13:00:00.000Z', 'd3-key-0004')).statusCode).toBe(201);
    expect((await book(world, after.token, '2026-03-12T13:30:00.000Z', 'd3-key-0005')).statusCode).toBe(409);
    expect((await book(world, after.token, '2026-03-12T13:45:00.000Z', 'd3-key-0006')).statusCode).toBe(201);
    expect(await count(world, "select count(*) from bookings where status = 'confirmed'")).toBe(4);
  });

  it('rejects overlapping confirmed rows in the database itself (SQLSTATE 23P01)', async () => {
    world = await createSchedulingWorld();
    const requests = [await newRequest(world), await newRequest(world, 'hal@eta.example')];
    const insert = (start: string, end: string, hash: string, requestIndex = 0) =>
      world!.runtime.database.executeSql(
        `insert into bookings (client_id, request_id, starts_at, ends_at, blocked_from, blocked_until, manage_token_hash, ics_uid) values ($1, $2, $3, $4, $3, $4, $5, $5)`,
        [world!.clientId, requests[requestIndex]!.view.id, start, end, hash],
      );
    await insert('2026-03-20T10:00:00Z', '2026-03-20T10:30:00Z', 'h1');
    await expect(insert('2026-03-20T10:15:00Z', '2026-03-20T10:45:00Z', 'h2', 1)).rejects.toMatchObject({
      code: '23P01',
    });
    await insert('2026-03-20T10:30:00Z', '2026-03-20T11:00:00Z', 'h3', 1);
    // One confirmed meeting per request, whatever the times (SQLSTATE 23505).
    await expect(insert('2026-03-21T10:00:00Z', '2026-03-21T10:30:00Z', 'h4', 1)).rejects.toMatchObject({
      code: '23505',
    });
  });

  it('answers a repeated Idempotency-Key with the same booking, and a reuse for another slot with 422', async () => {
    world = await createSchedulingWorld();
    const { token } = await newRequest(world);
    const first = await book(world, token, TEN, 'same-key-0001');
    const again = await book(world, token, TEN, 'same-key-0001');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect((await book(world, token, '2026-03-11T13:00:00.000Z', 'same-key-0001')).statusCode).toBe(422);
    expect(await count(world, 'select count(*) from bookings')).toBe(1);
  });
});

describe('D4: cancel and reschedule', () => {
  it('frees a cancelled slot, refuses a move onto a taken slot, and moves with SEQUENCE+1 in the ICS and the calendar', async () => {
    world = await createSchedulingWorld({ runWorkers: true });
    const { token } = await newRequest(world);
    const elsewhere = await newRequest(world, 'fay@phi.example');
    const taken = await book(world, elsewhere.token, '2026-03-11T13:00:00.000Z', 'd4-key-0001');
    expect(taken.statusCode).toBe(201);
    const mine = (await book(world, token, TEN, 'd4-key-0002')).json() as { bookingId: string; manageUrl: string };
    const manage = linkTokenOf(mine.manageUrl);

    const clash = await world.app.inject({
      method: 'POST',
      url: `/v1/public/bookings/${manage}/reschedule`,
      payload: { start: '2026-03-11T13:00:00.000Z', timeZone: 'Europe/Paris' },
    });
    expect(clash.statusCode).toBe(409);
    expect((await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manage}` })).json()).toMatchObject({
      start: TEN,
      status: 'confirmed',
    });

    const moved = await world.app.inject({
      method: 'POST',
      url: `/v1/public/bookings/${manage}/reschedule`,
      payload: { start: '2026-03-12T08:00:00.000Z', timeZone: 'Europe/Paris' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const ics = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manage}/invite.ics` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('METHOD:REQUEST');
    expect(ics.body).toContain('SEQUENCE:1');
    expect(ics.body).toContain('DTSTART:20260312T080000Z');
    await eventually(async () => {
      const rows = await world!.runtime.database.executeSql('select starts_at from builtin_events where uid = $1', [
        `${mine.bookingId}@slash`,
      ]);
      const startsAt = rows.rows[0]?.starts_at;
      return startsAt !== undefined && new Date(startsAt as string).toISOString() === '2026-03-12T08:00:00.000Z'
        ? true
        : undefined;
    });
    // The old time is free again (for another request: this link's one meeting is booked).
    expect((await book(world, token, TEN, 'd4-key-0005')).json()).toMatchObject({
      code: 'already_booked',
      bookedFor: { start: '2026-03-12T08:00:00.000Z' },
    });
    const third = await newRequest(world, 'gus@gamma.example');
    expect((await book(world, third.token, TEN, 'd4-key-0003')).statusCode).toBe(201);

    const cancelled = await world.app.inject({ method: 'POST', url: `/v1/public/bookings/${manage}/cancel` });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const cancelIcs = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manage}/invite.ics` });
    expect(cancelIcs.body).toContain('METHOD:CANCEL');
    expect(cancelIcs.body).toContain('SEQUENCE:2');
    await eventually(async () =>
      (await count(world!, 'select count(*) from builtin_events where uid = $1 and cancelled_at is not null', [
        `${mine.bookingId}@slash`,
      ])) === 1
        ? true
        : undefined,
    );
    await eventually(async () =>
      (await count(
        world!,
        "select count(*) from outbox_emails where dedupe_key like $1 and ics_content like '%METHOD:CANCEL%'",
        [`booking:${mine.bookingId}:2:cancel:contact:%`],
      )) === 1
        ? true
        : undefined,
    );
    // The link opens again, and the cancelled time can be booked again.
    expect((await world.app.inject({ method: 'GET', url: `/v1/public/links/${token}` })).json().bookedFor).toBeNull();
    expect((await book(world, token, '2026-03-12T08:00:00.000Z', 'd4-key-0004')).statusCode).toBe(201);
  });
});
