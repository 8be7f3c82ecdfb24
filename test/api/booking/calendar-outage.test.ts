/**
 * R2: the calendar answers 500 to every write for a while during 200 bookings. Bookings are never
 * blocked by it (all 201), and once it recovers every booking ends with exactly one event and one
 * invitation (durable jobs, retried with a 1 s delay here; idempotent by UID and dedupe key).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import type { CalendarPort } from '@slash/api/scheduling/availability';
import {
  CLIENT_EMAIL,
  createSchedulingWorld,
  eventually,
  linkTokenOf,
  type SchedulingWorld,
} from './booking-fixture.js';
import { isRealPostgres } from '../../support/test-database.js';

/**
 * 200 bookings on a real PostgreSQL server (CI); 40 on embedded PGlite, a single-connection
 * database where 200 take minutes: the property under test is the same, only the volume differs.
 */
const BOOKINGS = isRealPostgres ? 200 : 40;

let world: SchedulingWorld | undefined;
afterAll(async () => world?.close());

/** Fails every write with a provider-like 500 while `state.isFailing`. */
function flakyCalendar(state: { isFailing: boolean; failedWrites: number }) {
  return (real: CalendarPort): CalendarPort => {
    const guard = async <T>(write: () => Promise<T>): Promise<T> => {
      if (state.isFailing) {
        state.failedWrites += 1;
        throw Object.assign(new Error('calendar provider answered 500'), { statusCode: 500 });
      }
      return write();
    };
    return {
      listBusyIntervals: (clientId, fromMs, toMs) => real.listBusyIntervals(clientId, fromMs, toMs),
      createEvent: (clientId, event) => guard(() => real.createEvent(clientId, event)),
      updateEvent: (clientId, event) => guard(() => real.updateEvent(clientId, event)),
      cancelEvent: (clientId, event) => guard(() => real.cancelEvent(clientId, event)),
    };
  };
}

async function count(w: SchedulingWorld, sql: string): Promise<number> {
  return Number((await w.runtime.database.executeSql(sql)).rows[0]?.count ?? 0);
}

describe(`R2: calendar outage during ${BOOKINGS} bookings`, () => {
  it('books them all at once and, after recovery, holds exactly one event and one invitation per booking', async () => {
    const state = { isFailing: true, failedWrites: 0 };
    world = await createSchedulingWorld({
      runWorkers: true,
      scheduling: { wrapCalendar: flakyCalendar(state), jobRetryDelaySeconds: 1 },
    });
    const thread = {
      subject: 'Quick call',
      messages: [
        {
          from: { email: 'ann.lee@acme.example', name: 'Ann Lee' },
          to: [{ email: CLIENT_EMAIL }],
          date: '2026-03-02T07:30:00Z',
          body: 'Hi Camille, could we have a quick call? Ann',
        },
      ],
    };
    // One link per booking (a link books one meeting), all offering the same free times.
    const newLink = async (): Promise<string> => {
      const created = (
        await world!.app.inject({
          method: 'POST',
          url: '/v1/scheduling-requests',
          headers: world!.auth,
          payload: { thread },
        })
      ).json() as SchedulingRequestView;
      const patched = await world!.app.inject({
        method: 'PATCH',
        url: `/v1/scheduling-requests/${created.id}`,
        headers: world!.auth,
        payload: { type: 'call', durationMinutes: 15, timeWindows: [] },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      return linkTokenOf(created.bookingLink!.url);
    };
    const tokens: string[] = [];
    for (let batch = 0; batch < BOOKINGS / 10; batch += 1)
      tokens.push(...(await Promise.all(Array.from({ length: 10 }, newLink))));
    const slots = (
      await world.app.inject({ method: 'GET', url: `/v1/public/links/${tokens[0]}/slots?timeZone=Europe/Paris` })
    ).json() as { slots: { start: string }[] };
    expect(slots.slots.length).toBeGreaterThanOrEqual(BOOKINGS);
    const statuses: number[] = [];
    for (let batch = 0; batch < BOOKINGS / 10; batch += 1) {
      const answers = await Promise.all(
        slots.slots.slice(batch * 10, batch * 10 + 10).map((slot, index) =>
          world!.app.inject({
            method: 'POST',
            url: `/v1/public/links/${tokens[batch * 10 + index]}/bookings`,
            headers: { 'idempotency-key': `outage-${batch}-${index}` },
            payload: { start: slot.start, timeZone: 'Europe/Paris' },
          }),
        ),
      );
      statuses.push(...answers.map((answer) => answer.statusCode));
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(BOOKINGS);

    await eventually(async () => (state.failedWrites >= 1 ? true : undefined));
    expect(await count(world, "select count(*) from builtin_events where uid like '%@slash'")).toBe(0);
    state.isFailing = false;

    await eventually(
      async () =>
        (await count(world!, 'select count(*) from bookings where calendar_sequence = sequence')) === BOOKINGS
          ? true
          : undefined,
      60_000,
    );
    expect(await count(world, "select count(*) from builtin_events where uid like '%@slash'")).toBe(BOOKINGS);
    expect(await count(world, "select count(distinct uid) from builtin_events where uid like '%@slash'")).toBe(
      BOOKINGS,
    );
    await eventually(
      async () =>
        (await count(
          world!,
          "select count(*) from outbox_emails where status = 'kept' and dedupe_key like '%:contact:%'",
        )) === BOOKINGS
          ? true
          : undefined,
      60_000,
    );
    expect(await count(world, "select count(*) from outbox_emails where dedupe_key like '%:contact:%'")).toBe(BOOKINGS);
    expect(await count(world, "select count(*) from outbox_emails where dedupe_key like '%:client'")).toBe(BOOKINGS);
  }, 150_000);
});
