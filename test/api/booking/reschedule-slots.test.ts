/**
 * The times a booking may move to (issue #6): `GET /v1/public/bookings/:manageToken/slots` computes
 * them live like the link's slots, except that the booking's own blocked range does not block its
 * move; other bookings still do. A move onto one of them succeeds (SEQUENCE 1, calendar follows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import {
  createSchedulingWorld,
  eventually,
  linkTokenOf,
  sampleThread,
  type SchedulingWorld,
} from './booking-fixture.js';

let world: SchedulingWorld;
let link: string;
/** Another, unbooked link of the same client: what a new contact would be offered. */
let spare: string;
let manage: string;
let bookingId: string;

const TEN = '2026-03-11T09:00:00.000Z'; // Wednesday 11 March, 10:00 Paris: the booking to move
const OTHER = '2026-03-11T13:00:00.000Z'; // 14:00 Paris: another contact's booking
/** 30-minute slots on a 15-minute grid that overlap TEN without being it. */
const OVERLAPPING_TEN = ['2026-03-11T08:45:00.000Z', '2026-03-11T09:15:00.000Z'];
const OVERLAPPING_OTHER = ['2026-03-11T12:45:00.000Z', OTHER, '2026-03-11T13:15:00.000Z'];

async function book(token: string, start: string, key: string) {
  const response = await world.app.inject({
    method: 'POST',
    url: `/v1/public/links/${token}/bookings`,
    headers: { 'idempotency-key': key },
    payload: { start, timeZone: 'Europe/Paris' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { bookingId: string; manageUrl: string };
}

async function starts(url: string): Promise<string[]> {
  const response = await world.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { slots: { start: string }[] }).slots.map((slot) => slot.start);
}

beforeAll(async () => {
  world = await createSchedulingWorld({ runWorkers: true });
  const post = async (email: string) =>
    (
      await world.app.inject({
        method: 'POST',
        url: '/v1/scheduling-requests',
        headers: world.auth,
        payload: { thread: sampleThread({ email, name: 'Ann Lee' }) },
      })
    ).json() as SchedulingRequestView;
  link = linkTokenOf((await post('ann.lee@acme.example')).bookingLink!.url);
  spare = linkTokenOf((await post('cy@gamma.example')).bookingLink!.url);
  await book(linkTokenOf((await post('bob@beta.example')).bookingLink!.url), OTHER, 'move-other-0001');
  const mine = await book(link, TEN, 'move-mine-0001');
  manage = linkTokenOf(mine.manageUrl);
  bookingId = mine.bookingId;
});

afterAll(async () => world?.close());

describe('GET /v1/public/bookings/:manageToken/slots', () => {
  it('offers the times around its own, never another booking’s, with the public headers and only allow-listed fields', async () => {
    const response = await world.app.inject({
      method: 'GET',
      url: `/v1/public/bookings/${manage}/slots?timeZone=America/New_York`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as { timeZone: string; slots: { start: string; end: string }[] };
    expect(Object.keys(body).sort()).toEqual(['slots', 'timeZone']);
    expect(body.timeZone).toBe('America/New_York');
    for (const slot of body.slots) expect(Object.keys(slot).sort()).toEqual(['end', 'start']);
    const moveTo = body.slots.map((slot) => slot.start);
    expect(moveTo).toContain(TEN);
    for (const start of OVERLAPPING_TEN) expect(moveTo).toContain(start);
    for (const start of OVERLAPPING_OTHER) expect(moveTo).not.toContain(start);
    // Any other link still counts the booking as busy.
    const linkSlots = await starts(`/v1/public/links/${spare}/slots?timeZone=Europe/Paris`);
    for (const start of [TEN, ...OVERLAPPING_TEN]) expect(linkSlots).not.toContain(start);
  });

  it('answers an unknown manage token with a 404 problem', async () => {
    const response = await world.app.inject({
      method: 'GET',
      url: `/v1/public/bookings/${'z'.repeat(43)}/slots?timeZone=Europe/Paris`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('names querystring.timeZone for an unknown zone and for a malformed one', async () => {
    for (const zone of ['Nowhere/Land', 'Europe%2FParis%0D%0A']) {
      const response = await world.app.inject({
        method: 'GET',
        url: `/v1/public/bookings/${manage}/slots?timeZone=${zone}`,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toContain('querystring.timeZone');
    }
  });

  it('moves the booking onto an offered time overlapping its own: SEQUENCE 1, calendar updated, the freed time offered again', async () => {
    const target = OVERLAPPING_TEN[1]!;
    const moved = await world.app.inject({
      method: 'POST',
      url: `/v1/public/bookings/${manage}/reschedule`,
      payload: { start: target, timeZone: 'America/New_York' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ bookingId, start: target, end: '2026-03-11T09:45:00.000Z' });
    const ics = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manage}/invite.ics` });
    expect(ics.body).toContain('METHOD:REQUEST');
    expect(ics.body).toContain('SEQUENCE:1');
    expect(ics.body).toContain('DTSTART:20260311T091500Z');
    await eventually(async () => {
      const rows = await world.runtime.database.executeSql('select starts_at from builtin_events where uid = $1', [
        `${bookingId}@slash`,
      ]);
      const startsAt = rows.rows[0]?.starts_at;
      return startsAt !== undefined && new Date(startsAt as string).toISOString() === target ? true : undefined;
    });
    // Once the calendar shows the new time, the list still treats it as the booking's own.
    expect(await starts(`/v1/public/bookings/${manage}/slots?timeZone=Europe/Paris`)).toEqual(
      expect.arrayContaining([TEN, target]),
    );
    // 08:45–09:15 met the old 09:00–09:30 and meets nothing now.
    expect(await starts(`/v1/public/links/${spare}/slots?timeZone=Europe/Paris`)).toContain(OVERLAPPING_TEN[0]);
  });

  it('refuses a cancelled booking with a 409 booking_cancelled problem, for listing and for moving', async () => {
    expect((await world.app.inject({ method: 'POST', url: `/v1/public/bookings/${manage}/cancel` })).statusCode).toBe(
      200,
    );
    const listed = await world.app.inject({
      method: 'GET',
      url: `/v1/public/bookings/${manage}/slots?timeZone=Europe/Paris`,
    });
    const moved = await world.app.inject({
      method: 'POST',
      url: `/v1/public/bookings/${manage}/reschedule`,
      payload: { start: TEN, timeZone: 'Europe/Paris' },
    });
    for (const response of [listed, moved]) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 409, code: 'booking_cancelled' });
    }
  });
});
