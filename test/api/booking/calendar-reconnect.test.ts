/**
 * A meeting booked while the client's calendar awaits a reconnect (its CalDAV password changed) is
 * not lost: the calendar job keeps it pending instead of marking it written, and reconnecting the
 * calendar writes it. Real Radicale, real job workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import { createCalendarsDomain, type CalendarsDomain } from '@slash/api/calendars/wiring';
import { startRadicale, type RadicaleServer } from '../../stand-ins/radicale-server.js';
import {
  createSchedulingWorld,
  eventually,
  linkTokenOf,
  sampleThread,
  type SchedulingWorld,
} from './booking-fixture.js';

const START = '2026-03-11T09:00:00.000Z'; // Wednesday 11 March, 10:00 Paris
const ana = { username: 'ana', password: 'correct horse' };

let radicale: RadicaleServer;
let world: SchedulingWorld;
let domain: CalendarsDomain;

beforeAll(async () => {
  radicale = await startRadicale([ana]);
  await radicale.makeCalendar(ana, 'Work', 'Europe/Paris');
  world = await createSchedulingWorld({
    runWorkers: true,
    config: { caldavAllowedPrivateHosts: [new URL(radicale.url).host] },
  });
  domain = createCalendarsDomain({ config: world.config, db: world.runtime.database.db, clock: world.clock });
  await domain.repository.updateCalendar(world.clientId, world.calendarId, {
    blocksAvailability: false,
    receivesNewMeetings: false,
  });
  expect((await connect(ana.password)).statusCode).toBe(201);
  const work = (await domain.repository.listCalendars(world.clientId)).find((calendar) => calendar.name === 'Work')!;
  await domain.service.updateCalendar(world.clientId, work.id, { blocksAvailability: true, receivesNewMeetings: true });
});

afterAll(async () => {
  await world?.close();
  await radicale?.close();
});

const connect = (password: string) =>
  world.app.inject({
    method: 'POST',
    url: '/v1/connections/caldav',
    headers: world.auth,
    payload: { url: `${radicale.url}/`, username: ana.username, password },
  });

async function bookingRow(bookingId: string) {
  const rows = await world.runtime.database.executeSql(
    'select sequence, calendar_sequence from bookings where id = $1',
    [bookingId],
  );
  return rows.rows[0] as { sequence: number; calendar_sequence: number | null };
}

async function connectionStatus(): Promise<string | undefined> {
  const response = await world.app.inject({ method: 'GET', url: '/v1/connections', headers: world.auth });
  return (response.json().connections as { provider: string; status: string }[]).find((c) => c.provider === 'caldav')
    ?.status;
}

describe('a meeting booked while the calendar awaits a reconnect', () => {
  it('stays pending, then lands in the calendar once the client reconnects it', async () => {
    await radicale.setPassword(ana.username, 'new password');
    const created = await world.app.inject({
      method: 'POST',
      url: '/v1/scheduling-requests',
      headers: world.auth,
      payload: { thread: sampleThread() },
    });
    const token = linkTokenOf((created.json() as SchedulingRequestView).bookingLink!.url);
    const booked = await world.app.inject({
      method: 'POST',
      url: `/v1/public/links/${token}/bookings`,
      headers: { 'idempotency-key': 'reconnect-0001' },
      payload: { start: START, timeZone: 'Europe/Paris' },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const bookingId = (booked.json() as { bookingId: string }).bookingId;

    // The write is refused: the connection waits for its owner, and the booking is not marked written.
    await eventually(async () => ((await connectionStatus()) === 'needs_reconnect' ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // a few job retries (1 s apart)
    expect((await bookingRow(bookingId)).calendar_sequence).toBeNull();

    expect((await connect('new password')).statusCode).toBe(201);
    expect(await connectionStatus()).toBe('active');
    await eventually(async () => {
      const row = await bookingRow(bookingId);
      return row.calendar_sequence === row.sequence ? true : undefined;
    });
    const busy = await domain.service.listBusyIntervals(
      world.clientId,
      Date.parse(START) - 3_600_000,
      Date.parse(START) + 3_600_000,
    );
    expect(busy.map((interval) => ({ startMs: interval.startMs, uid: interval.uid }))).toContainEqual({
      startMs: Date.parse(START),
      uid: `${bookingId}@slash`,
    });
  });
});
