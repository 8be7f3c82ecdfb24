/** GET /v1/me, GET/PUT /v1/me/preferences: defaults, merge, and 400s naming the field. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchedulingWorld, type SchedulingWorld } from '../booking/booking-fixture.js';

let world: SchedulingWorld;
beforeAll(async () => {
  world = await createSchedulingWorld();
});
afterAll(async () => world?.close());

describe('preferences routes', () => {
  it('tells who is signed in', async () => {
    const me = await world.app.inject({ method: 'GET', url: '/v1/me', headers: world.auth });
    expect(me.json()).toEqual({
      id: world.clientId,
      email: 'camille.martin@client.example',
      name: 'Camille Martin',
      timeZone: 'Europe/Paris',
      language: 'fr',
    });
    expect((await world.app.inject({ method: 'GET', url: '/v1/me' })).statusCode).toBe(401);
  });

  it('returns PRODUCT.md defaults in the client’s zone and language', async () => {
    const preferences = (
      await world.app.inject({ method: 'GET', url: '/v1/me/preferences', headers: world.auth })
    ).json();
    expect(preferences.timeZone).toBe('Europe/Paris');
    expect(preferences.language).toBe('fr');
    expect(preferences.horizonDays).toBe(14);
    expect(preferences.proposalCount).toBe(3);
    expect(preferences.minimumNoticeMinutes).toBeNull();
    expect(preferences.followUps).toEqual({ count: 2 });
    expect(preferences.meetingTypes.lunch).toMatchObject({
      windows: [{ start: '12:00', end: '14:30' }],
      preferredTime: '13:00',
      isInPerson: true,
    });
    expect(preferences.meetingTypes.coffee.windows).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ]);
    expect(preferences.meetingTypes.call.windows).toBeNull();
  });

  it('merges an update (meeting types per type) and keeps it', async () => {
    const put = await world.app.inject({
      method: 'PUT',
      url: '/v1/me/preferences',
      headers: world.auth,
      payload: {
        workingHours: {
          1: [
            { start: '08:00', end: '12:00' },
            { start: '14:00', end: '19:00' },
          ],
          2: [],
          3: [],
          4: [],
          5: [],
          6: [],
          7: [],
        },
        meetingTypes: { lunch: { durationMinutes: 60 } },
        guestInstructions: { floor: '3rd', doorCode: '1234A', notes: null },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const stored = (await world.app.inject({ method: 'GET', url: '/v1/me/preferences', headers: world.auth })).json();
    expect(stored.workingHours[1]).toHaveLength(2);
    expect(stored.meetingTypes.lunch).toMatchObject({ durationMinutes: 60, preferredTime: '13:00' });
    expect(stored.guestInstructions.doorCode).toBe('1234A');
  });

  it('keeps the client’s follow-ups (count and spacing, or back to the automatic spacing)', async () => {
    const put = async (followUps: unknown) =>
      world.app.inject({ method: 'PUT', url: '/v1/me/preferences', headers: world.auth, payload: { followUps } });
    expect((await put({ count: 3, spacingDays: 5 })).json().followUps).toEqual({ count: 3, spacingDays: 5 });
    const stored = (await world.app.inject({ method: 'GET', url: '/v1/me/preferences', headers: world.auth })).json();
    expect(stored.followUps).toEqual({ count: 3, spacingDays: 5 });
    expect((await put({ count: 0 })).json().followUps).toEqual({ count: 0 });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    [
      'an end before its start',
      {
        workingHours: {
          1: [
            { start: '09:00', end: '18:00' },
            { start: '14:00', end: '13:00' },
          ],
          2: [],
          3: [],
          4: [],
          5: [],
          6: [],
          7: [],
        },
      },
      'body.workingHours.1.1.end',
    ],
    [
      'a time that is not one',
      { workingHours: { 1: [{ start: '09:00', end: '25:00' }], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] } },
      'body.workingHours.1.0.end',
    ],
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }, 'body.timeZone'],
    ['a horizon of 400 days', { horizonDays: 400 }, 'body.horizonDays'],
    // Bodies are not coerced: 0 must not turn into null ("no daily cap"), nor "30" into 30.
    ['at most 0 meetings a day', { maxMeetingsPerDay: 0 }, 'body.maxMeetingsPerDay'],
    ['a horizon sent as text', { horizonDays: '30' }, 'body.horizonDays'],
    ['six follow-ups', { followUps: { count: 6 } }, 'body.followUps.count'],
    ['a negative number of follow-ups', { followUps: { count: -1, spacingDays: 3 } }, 'body.followUps.count'],
    ['follow-ups 15 days apart', { followUps: { count: 2, spacingDays: 15 } }, 'body.followUps.spacingDays'],
    ['follow-ups 0 days apart', { followUps: { count: 2, spacingDays: 0 } }, 'body.followUps.spacingDays'],
    ['follow-ups null days apart', { followUps: { count: 2, spacingDays: null } }, 'body.followUps.spacingDays'],
    ['follow-ups without a count', { followUps: { spacingDays: 3 } }, 'body.followUps.count'],
    ['a bad date override', { dateOverrides: [{ date: '2026-02-30', intervals: [] }] }, 'body.dateOverrides.0.date'],
    [
      'a meeting-type window ending before it starts',
      { meetingTypes: { coffee: { windows: [{ start: '12:00', end: '09:00' }] } } },
      'body.meetingTypes.coffee.windows.0.end',
    ],
  ];
  for (const [name, payload, field] of bad) {
    it(`refuses ${name} with a 400 naming ${field}`, async () => {
      const before = (await world.app.inject({ method: 'GET', url: '/v1/me/preferences', headers: world.auth })).body;
      const answer = await world.app.inject({ method: 'PUT', url: '/v1/me/preferences', headers: world.auth, payload });
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.json().detail).toContain(field);
      expect((await world.app.inject({ method: 'GET', url: '/v1/me/preferences', headers: world.auth })).body).toBe(
        before,
      );
    });
  }
});
