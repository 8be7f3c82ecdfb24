import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCalendarsDomain, type CalendarsDomain } from '@slash/api/calendars/wiring';
import { googleEventIdForUid } from '@slash/api/calendars/google-connector';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startGoogleStandIn, type GoogleStandIn } from '../../stand-ins/google-calendar-server.js';

const at = (iso: string) => Date.parse(iso);

describe('Google Calendar connector', () => {
  let test: TestApp;
  let google: GoogleStandIn;
  let domain: CalendarsDomain;
  const sleeps: number[] = [];
  let clientId: string;

  beforeAll(async () => {
    test = await createTestApp({ nowMs: at('2026-03-02T08:00:00Z') });
    google = await startGoogleStandIn();
    domain = createCalendarsDomain({
      config: {
        ...test.config,
        googleClientId: 'slash-google',
        googleClientSecret: 'secret',
        googleTokenUrl: `${google.url}/token`,
        googleApiRootUrl: `${google.url}/`,
      },
      db: test.runtime.database.db,
      clock: test.clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        test.clock.advance(ms);
      },
    });
    clientId = (await createAccountsRepository(test.runtime.database.db).insertClient({ email: 'g@example.com' })).id;
  });
  afterAll(async () => {
    await google.close();
    await test.close();
  });

  /** A fresh Google connection with a valid access token and one primary calendar in Paris. */
  const connect = async () => {
    google.calendars.clear();
    google.calendars.set('primary', { summary: 'Work', timeZone: 'Europe/Paris', primary: true, events: new Map() });
    const connection = await domain.repository.insertConnection({
      clientId,
      provider: 'google',
      accountEmail: 'g@example.com',
    });
    const accessToken = `at-initial-${connection.id}`;
    google.tokens.validAccessTokens.add(accessToken);
    await domain.tokens.storeGrant(connection, {
      accessToken,
      refreshToken: `rt-${connection.id}`,
      expiresInSeconds: 3600,
      scopes: ['openid'],
    });
    await domain.repository.insertCalendars([
      {
        clientId,
        connectionId: connection.id,
        externalId: 'primary',
        name: 'Work',
        blocksAvailability: true,
        receivesNewMeetings: true,
      },
    ]);
    const row = (await domain.repository.findConnection(clientId, connection.id))!;
    const calendars = await domain.repository.listCalendars(clientId);
    return { connection: row, accessToken, calendars: calendars.filter((c) => c.connectionId === row.id) };
  };

  beforeEach(async () => {
    sleeps.length = 0;
    google.requests.length = 0;
    google.faults.length = 0;
    google.tokens.refreshCalls = 0;
    for (const connection of await domain.repository.listConnections(clientId))
      await domain.repository.deleteConnection(clientId, connection.id);
  });

  it('reads busy, free, tentative, all-day, recurring and DST-spanning events; skips declined and cancelled', async () => {
    await connect();
    const events = google.calendars.get('primary')!.events;
    const put = (id: string, event: Record<string, unknown>) => events.set(id, { id, status: 'confirmed', ...event });
    put('busy', {
      summary: 'Board',
      location: 'Paris',
      start: { dateTime: '2026-03-03T09:00:00+01:00' },
      end: { dateTime: '2026-03-03T10:00:00+01:00' },
    });
    put('free', {
      summary: 'Focus',
      transparency: 'transparent',
      start: { dateTime: '2026-03-03T14:00:00+01:00' },
      end: { dateTime: '2026-03-03T16:00:00+01:00' },
    });
    put('tent', {
      summary: 'Maybe',
      attendees: [{ email: 'g@example.com', self: true, responseStatus: 'tentative' }],
      start: { dateTime: '2026-03-04T09:00:00+01:00' },
      end: { dateTime: '2026-03-04T10:00:00+01:00' },
    });
    put('decl', {
      summary: 'No',
      attendees: [{ email: 'g@example.com', self: true, responseStatus: 'declined' }],
      start: { dateTime: '2026-03-04T11:00:00+01:00' },
      end: { dateTime: '2026-03-04T12:00:00+01:00' },
    });
    put('allday', { summary: 'Offsite', start: { date: '2026-03-05' }, end: { date: '2026-03-06' } });
    put('weekly_20260310', {
      summary: 'Weekly',
      recurringEventId: 'weekly',
      start: { dateTime: '2026-03-10T08:00:00+01:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-03-10T09:00:00+01:00' },
    });
    put('weekly_20260331', {
      summary: 'Weekly',
      recurringEventId: 'weekly',
      start: { dateTime: '2026-03-31T08:00:00+02:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-03-31T09:00:00+02:00' },
    });
    put('dst', {
      summary: 'Night shift',
      start: { dateTime: '2026-03-29T01:30:00+01:00' },
      end: { dateTime: '2026-03-29T03:30:00+02:00' },
    });
    put('gone', {
      summary: 'Gone',
      status: 'cancelled',
      start: { dateTime: '2026-03-03T11:00:00+01:00' },
      end: { dateTime: '2026-03-03T12:00:00+01:00' },
    });

    const busy = await domain.service.listBusyIntervals(
      clientId,
      at('2026-03-02T00:00:00Z'),
      at('2026-04-01T00:00:00Z'),
    );
    expect(busy).toEqual([
      {
        startMs: at('2026-03-03T08:00:00Z'),
        endMs: at('2026-03-03T09:00:00Z'),
        location: 'Paris',
        isAllDay: false,
        availability: 'busy',
        title: 'Board',
      },
      {
        startMs: at('2026-03-03T13:00:00Z'),
        endMs: at('2026-03-03T15:00:00Z'),
        location: null,
        isAllDay: false,
        availability: 'free',
        title: 'Focus',
      },
      {
        startMs: at('2026-03-04T08:00:00Z'),
        endMs: at('2026-03-04T09:00:00Z'),
        location: null,
        isAllDay: false,
        availability: 'tentative',
        title: 'Maybe',
      },
      {
        startMs: at('2026-03-04T23:00:00Z'),
        endMs: at('2026-03-05T23:00:00Z'),
        location: null,
        isAllDay: true,
        availability: 'busy',
        title: 'Offsite',
      },
      {
        startMs: at('2026-03-10T07:00:00Z'),
        endMs: at('2026-03-10T08:00:00Z'),
        location: null,
        isAllDay: false,
        availability: 'busy',
        title: 'Weekly',
      },
      {
        startMs: at('2026-03-29T00:30:00Z'),
        endMs: at('2026-03-29T01:30:00Z'),
        location: null,
        isAllDay: false,
        availability: 'busy',
        title: 'Night shift',
      },
      {
        startMs: at('2026-03-31T06:00:00Z'),
        endMs: at('2026-03-31T07:00:00Z'),
        location: null,
        isAllDay: false,
        availability: 'busy',
        title: 'Weekly',
      },
    ]);
    const list = google.apiRequests().find((r) => r.path.endsWith('/events'))!;
    expect(list.query.get('singleEvents')).toBe('true');
    expect(list.headers.authorization).toMatch(/^Bearer at-initial-/);
  });

  it('creates an event under an id derived from the UID, once, then updates and cancels it', async () => {
    await connect();
    const event = {
      uid: 'booking-42@slash',
      title: 'Call',
      startMs: at('2026-03-04T09:00:00Z'),
      endMs: at('2026-03-04T09:30:00Z'),
      location: null,
      description: 'By Slash',
      attendees: [{ email: 'ana@example.org', name: 'Ana' }],
    };
    const first = await domain.service.createEvent(clientId, event);
    const retry = await domain.service.createEvent(clientId, event);
    expect(first).toMatchObject({ externalEventId: googleEventIdForUid(event.uid) });
    expect(retry).toEqual(first);
    expect(googleEventIdForUid(event.uid)).toMatch(/^[a-v0-9]{52}$/);
    const stored = google.calendars.get('primary')!.events;
    expect([...stored.keys()]).toEqual([googleEventIdForUid(event.uid)]);
    expect(stored.get(googleEventIdForUid(event.uid))).toMatchObject({
      summary: 'Call',
      iCalUID: event.uid,
      attendees: [{ email: 'ana@example.org', displayName: 'Ana', optional: false }],
      extendedProperties: { private: { slashUid: event.uid } },
    });
    // Listed back, each event carries its UID: ours from the private property even when Google
    // keeps an iCalUID of its own; an invitation's from its iCalUID; none for an event without one.
    stored.set(googleEventIdForUid(event.uid), {
      ...stored.get(googleEventIdForUid(event.uid))!,
      iCalUID: `${googleEventIdForUid(event.uid)}@google.com`,
    });
    stored.set('invite', {
      id: 'invite',
      iCalUID: 'other-booking@slash',
      summary: 'Invitation',
      start: { dateTime: '2026-03-04T12:00:00Z' },
      end: { dateTime: '2026-03-04T13:00:00Z' },
    });
    const listed = await domain.service.listBusyIntervals(
      clientId,
      at('2026-03-04T00:00:00Z'),
      at('2026-03-05T00:00:00Z'),
    );
    expect(listed.map((b) => [b.title, b.uid])).toEqual([
      ['Call', event.uid],
      ['Invitation', 'other-booking@slash'],
    ]);
    stored.delete('invite');
    await domain.service.updateEvent(clientId, {
      ...event,
      title: 'Call (moved)',
      startMs: at('2026-03-04T10:00:00Z'),
      endMs: at('2026-03-04T10:30:00Z'),
    });
    expect(stored.get(googleEventIdForUid(event.uid))).toMatchObject({
      summary: 'Call (moved)',
      start: { dateTime: '2026-03-04T10:00:00.000Z' },
    });
    await domain.service.cancelEvent(clientId, event);
    await domain.service.cancelEvent(clientId, event);
    expect(stored.get(googleEventIdForUid(event.uid))?.status).toBe('cancelled');
  });

  it('R3: a 429 with Retry-After: 30 makes no call before 30 s; the HTTP-date form too', async () => {
    await connect();
    google.faults.push({
      match: /events$/,
      fault: {
        status: 429,
        headers: { 'retry-after': '30' },
        body: { error: { code: 429, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] } },
      },
    });
    const started = test.clock.nowMs();
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(sleeps).toEqual([30_000]);
    expect(test.clock.nowMs() - started).toBeGreaterThanOrEqual(30_000);
    expect(google.apiRequests()).toHaveLength(2);

    sleeps.length = 0;
    const date = new Date(test.clock.nowMs() + 45_000).toUTCString();
    google.faults.push({ match: /events$/, fault: { status: 503, headers: { 'retry-after': date } } });
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(sleeps).toEqual([45_000]);
  });

  it('retries 5xx with backoff and gives up at the deadline', async () => {
    await connect();
    google.faults.push({ match: /events$/, fault: { status: 500 } }, { match: /events$/, fault: { status: 502 } });
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(google.apiRequests()).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    for (let i = 0; i < 50; i += 1)
      google.faults.push({ match: /events$/, fault: { status: 503, headers: { 'retry-after': '20' } } });
    await expect(
      domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z')),
    ).rejects.toMatchObject({ status: 502 });
    expect(google.apiRequests().length).toBeLessThan(10);
  });

  it('a 401 causes exactly one refresh, then the call is retried with the new token', async () => {
    const setup = await connect();
    google.tokens.validAccessTokens.delete(setup.accessToken);
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(google.tokens.refreshCalls).toBe(1);
    const calls = google.apiRequests();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers.authorization).not.toBe(calls[0]!.headers.authorization);
    // A provider that keeps answering 401 gets one refresh, not a loop.
    google.tokens.validAccessTokens.clear();
    google.tokens.refreshCalls = 0;
    google.faults.push({ match: /events$/, fault: { status: 401 } }, { match: /events$/, fault: { status: 401 } });
    await expect(
      domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z')),
    ).rejects.toBeDefined();
    expect(google.tokens.refreshCalls).toBe(1);
  });

  it('a revoked grant (invalid_grant) marks the connection needs_reconnect', async () => {
    const setup = await connect();
    google.tokens.revokedRefreshTokens.add(`rt-${setup.connection.id}`);
    test.clock.advance(2 * 3600_000);
    expect(
      await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z')),
    ).toEqual([]);
    expect((await domain.repository.findConnection(clientId, setup.connection.id))?.status).toBe('needs_reconnect');
    expect(
      await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z')),
    ).toEqual([]);
  });
});
