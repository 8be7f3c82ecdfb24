import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarsDomain, type CalendarsDomain } from '@slash/api/calendars/wiring';
import { caldavFilenameForUid } from '@slash/api/calendars/caldav-connector';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startRadicale, type RadicaleServer } from '../../stand-ins/radicale-server.js';
import { seedBuiltinClient } from './fixtures.js';

const at = (iso: string) => Date.parse(iso);
const ana = { username: 'ana', password: 'correct horse' };
const bo = { username: 'bo', password: 'first password' };

const PARIS = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
/** An object written by another calendar app: VTIMEZONE plus the given VEVENT blocks. */
const ics = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Other app//EN',
    ...PARIS,
    ...events.flatMap((lines) => ['BEGIN:VEVENT', 'DTSTAMP:20260301T000000Z', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe('CalDAV connector (real Radicale)', () => {
  let test: TestApp;
  let radicale: RadicaleServer;
  let domain: CalendarsDomain;
  let workUrl: string;
  let seeded: Awaited<ReturnType<typeof seedBuiltinClient>>;

  const putObject = async (name: string, body: string) => {
    const authorization = `Basic ${Buffer.from(`${ana.username}:${ana.password}`).toString('base64')}`;
    const response = await fetch(`${workUrl}${name}`, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'text/calendar' },
      body,
    });
    expect(response.status).toBe(201);
  };
  const listObjects = async () => {
    const authorization = `Basic ${Buffer.from(`${ana.username}:${ana.password}`).toString('base64')}`;
    const response = await fetch(workUrl, { method: 'PROPFIND', headers: { authorization, depth: '1' } });
    return [...(await response.text()).matchAll(/<href>([^<]+\.ics)<\/href>/g)].map((m) =>
      decodeURIComponent(m[1]!.split('/').pop()!),
    );
  };

  beforeAll(async () => {
    radicale = await startRadicale([ana, bo]);
    workUrl = await radicale.makeCalendar(ana, 'Work', 'Europe/Paris');
    // Radicale listens on loopback: a private address, refused unless allowed (S11).
    test = await createTestApp({
      nowMs: at('2026-03-02T08:00:00Z'),
      config: { caldavAllowedPrivateHosts: [new URL(radicale.url).host] },
    });
    domain = createCalendarsDomain({
      config: test.config,
      db: test.runtime.database.db,
      clock: test.clock,
      sleep: async (ms) => test.clock.advance(ms),
    });
    seeded = await seedBuiltinClient(test.runtime.database.db, test.clock);
  }, 30_000);
  afterAll(async () => {
    await test?.close();
    await radicale?.close();
  });

  const connectRoute = (payload: Record<string, string>) =>
    test.app.inject({
      method: 'POST',
      url: '/v1/connections/caldav',
      headers: { authorization: `Bearer ${seeded.token}` },
      payload,
    });

  it('S11: refuses a server on a private or metadata address that is not allowed, before any request', async () => {
    for (const url of [
      'http://169.254.169.254/latest/',
      'http://10.0.0.8/dav/',
      'http://[::1]:5232/',
      'http://localhost:1/',
    ]) {
      const response = await connectRoute({ url, username: 'ana', password: 'ana-password' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'url' })]);
    }
    expect((await domain.repository.listConnections(seeded.client.id)).filter((c) => c.provider === 'caldav')).toEqual(
      [],
    );
  });

  it('refuses a wrong password and stores nothing', async () => {
    const response = await connectRoute({ url: `${radicale.url}/`, username: 'ana', password: 'wrong' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).not.toContain('wrong');
    expect((await domain.repository.listConnections(seeded.client.id)).filter((c) => c.provider === 'caldav')).toEqual(
      [],
    );
  });

  it('connects through the route: calendars listed, credentials sealed, never echoed', async () => {
    const response = await connectRoute({ url: `${radicale.url}/`, username: ana.username, password: ana.password });
    expect(response.statusCode).toBe(201);
    const { id } = response.json<{ id: string }>();
    const row = (await domain.repository.findConnection(seeded.client.id, id))!;
    expect(row).toMatchObject({ provider: 'caldav', accountEmail: 'ana', serverUrl: `${radicale.url}/` });
    expect(row.accessTokenCiphertext).not.toContain('correct horse');
    const calendars = await test.app.inject({
      method: 'GET',
      url: '/v1/calendars',
      headers: { authorization: `Bearer ${seeded.token}` },
    });
    const work = calendars
      .json<{ calendars: { id: string; name: string; timeZone: string | null; blocksAvailability: boolean }[] }>()
      .calendars.find((c) => c.name === 'Work');
    expect(work).toMatchObject({ timeZone: 'Europe/Paris', blocksAvailability: true });
    const connections = await test.app.inject({
      method: 'GET',
      url: '/v1/connections',
      headers: { authorization: `Bearer ${seeded.token}` },
    });
    expect(connections.body).not.toMatch(/correct horse|ciphertext/);
    // Connecting again reuses the connection (no duplicate calendars).
    expect(
      (await connectRoute({ url: `${radicale.url}/`, username: ana.username, password: ana.password })).json(),
    ).toEqual({ id });
    await domain.service.updateCalendar(seeded.client.id, work!.id, { receivesNewMeetings: true });
  });

  it('reads recurring (with EXDATE and a moved occurrence), all-day, free, tentative, DST-spanning events; skips cancelled', async () => {
    await putObject(
      'weekly.ics',
      ics(
        [
          'UID:weekly-1',
          'SUMMARY:Weekly',
          'DTSTART;TZID=Europe/Paris:20260303T080000',
          'DTEND;TZID=Europe/Paris:20260303T090000',
          'RRULE:FREQ=WEEKLY;COUNT=6',
          'EXDATE;TZID=Europe/Paris:20260317T080000',
        ],
        [
          'UID:weekly-1',
          'SUMMARY:Weekly (moved)',
          'RECURRENCE-ID;TZID=Europe/Paris:20260324T080000',
          'DTSTART;TZID=Europe/Paris:20260324T100000',
          'DTEND;TZID=Europe/Paris:20260324T110000',
        ],
      ),
    );
    await putObject(
      'allday.ics',
      ics(['UID:allday-1', 'SUMMARY:Offsite', 'DTSTART;VALUE=DATE:20260305', 'DTEND;VALUE=DATE:20260306']),
    );
    await putObject(
      'free.ics',
      ics([
        'UID:free-1',
        'SUMMARY:Focus',
        'TRANSP:TRANSPARENT',
        'DTSTART:20260304T130000Z',
        'DTEND:20260304T150000Z',
        'LOCATION:Home',
      ]),
    );
    await putObject(
      'tent.ics',
      ics([
        'UID:tent-1',
        'SUMMARY:Maybe',
        'STATUS:TENTATIVE',
        'DTSTART;TZID=Europe/Paris:20260306T090000',
        'DTEND;TZID=Europe/Paris:20260306T100000',
      ]),
    );
    // 01:30 CET to 03:30 CEST on the night of the change: one hour long.
    await putObject(
      'dst.ics',
      ics([
        'UID:dst-1',
        'SUMMARY:Night shift',
        'DTSTART;TZID=Europe/Paris:20260329T013000',
        'DTEND;TZID=Europe/Paris:20260329T033000',
      ]),
    );
    await putObject(
      'gone.ics',
      ics(['UID:gone-1', 'SUMMARY:Gone', 'STATUS:CANCELLED', 'DTSTART:20260303T100000Z', 'DTEND:20260303T110000Z']),
    );
    await putObject(
      'later.ics',
      ics(['UID:later-1', 'SUMMARY:Later', 'DTSTART:20260501T100000Z', 'DTEND:20260501T110000Z']),
    );

    const busy = await domain.service.listBusyIntervals(
      seeded.client.id,
      at('2026-03-02T00:00:00Z'),
      at('2026-04-06T00:00:00Z'),
    );
    const row = (startIso: string, endIso: string, title: string, extra: Record<string, unknown> = {}) => ({
      startMs: at(startIso),
      endMs: at(endIso),
      location: null,
      isAllDay: false,
      availability: 'busy',
      title,
      ...extra,
    });
    expect(busy).toEqual([
      row('2026-03-03T07:00:00Z', '2026-03-03T08:00:00Z', 'Weekly', { uid: 'weekly-1' }),
      row('2026-03-04T13:00:00Z', '2026-03-04T15:00:00Z', 'Focus', {
        availability: 'free',
        location: 'Home',
        uid: 'free-1',
      }),
      row('2026-03-04T23:00:00Z', '2026-03-05T23:00:00Z', 'Offsite', { isAllDay: true, uid: 'allday-1' }),
      row('2026-03-06T08:00:00Z', '2026-03-06T09:00:00Z', 'Maybe', { availability: 'tentative', uid: 'tent-1' }),
      row('2026-03-10T07:00:00Z', '2026-03-10T08:00:00Z', 'Weekly', { uid: 'weekly-1' }),
      row('2026-03-24T09:00:00Z', '2026-03-24T10:00:00Z', 'Weekly (moved)', { uid: 'weekly-1' }),
      row('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 'Night shift', { uid: 'dst-1' }),
      // After the change to summer time: still 08:00 in Paris. The 7 April occurrence is out of range.
      row('2026-03-31T06:00:00Z', '2026-03-31T07:00:00Z', 'Weekly', { uid: 'weekly-1' }),
    ]);
  });

  it('writes an event as <uid>.ics once, reads it back, updates and cancels it', async () => {
    const event = {
      uid: 'booking-7@slash',
      title: 'Call; with Ana, Bo',
      startMs: at('2026-03-12T09:00:00Z'),
      endMs: at('2026-03-12T09:30:00Z'),
      location: 'Lyon',
      description: 'By Slash',
      attendees: [{ email: 'ana@example.org', name: 'Ana' }],
    };
    const first = await domain.service.createEvent(seeded.client.id, event);
    const retry = await domain.service.createEvent(seeded.client.id, event);
    expect(retry).toEqual(first);
    expect(first).toMatchObject({ externalEventId: `${workUrl}${caldavFilenameForUid(event.uid)}` });
    expect((await listObjects()).filter((name) => name.startsWith('booking-7'))).toEqual(['booking-7@slash.ics']);
    const window = [at('2026-03-12T00:00:00Z'), at('2026-03-13T00:00:00Z')] as const;
    expect(await domain.service.listBusyIntervals(seeded.client.id, ...window)).toEqual([
      {
        startMs: event.startMs,
        endMs: event.endMs,
        location: 'Lyon',
        isAllDay: false,
        availability: 'busy',
        title: 'Call; with Ana, Bo',
        uid: 'booking-7@slash',
      },
    ]);
    await domain.service.updateEvent(seeded.client.id, {
      ...event,
      startMs: at('2026-03-12T10:00:00Z'),
      endMs: at('2026-03-12T10:30:00Z'),
    });
    expect((await domain.service.listBusyIntervals(seeded.client.id, ...window)).map((b) => b.startMs)).toEqual([
      at('2026-03-12T10:00:00Z'),
    ]);
    await domain.service.cancelEvent(seeded.client.id, event);
    await domain.service.cancelEvent(seeded.client.id, event);
    expect(await domain.service.listBusyIntervals(seeded.client.id, ...window)).toEqual([]);
  });

  it('credentials refused after connecting (401) mark the connection needs_reconnect, shown by the API; no more calls until reconnected', async () => {
    const client = await seedBuiltinClient(test.runtime.database.db, test.clock);
    await radicale.makeCalendar(bo, 'Home', 'Europe/Paris');
    const headers = { authorization: `Bearer ${client.token}` };
    const connect = (password: string) =>
      test.app.inject({
        method: 'POST',
        url: '/v1/connections/caldav',
        headers,
        payload: { url: `${radicale.url}/`, username: bo.username, password },
      });
    const statusShown = async () =>
      (await test.app.inject({ method: 'GET', url: '/v1/connections', headers }))
        .json<{ connections: { provider: string; status: string }[] }>()
        .connections.find((c) => c.provider === 'caldav')?.status;
    const connected = await connect(bo.password);
    expect(connected.statusCode, connected.body).toBe(201);
    const home = (await domain.repository.listCalendars(client.client.id)).find((c) => c.name === 'Home')!;
    await domain.service.updateCalendar(client.client.id, home.id, { receivesNewMeetings: true });
    // Every request this domain sends to Radicale, counted.
    const sent: string[] = [];
    const counted = createCalendarsDomain({
      config: test.config,
      db: test.runtime.database.db,
      clock: test.clock,
      sleep: async (ms) => test.clock.advance(ms),
      fetch: async (input, init) => {
        sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
        return fetch(input, init);
      },
    });
    const range = [at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z')] as const;
    expect(await counted.service.listBusyIntervals(client.client.id, ...range)).toEqual([]);
    expect(await statusShown()).toBe('active');

    // The password changes at the server: the next listing is refused once, not retried, and the
    // calendar is left out of it (as from then on) rather than failing the caller.
    await radicale.setPassword(bo.username, 'second password');
    sent.length = 0;
    expect(await counted.service.listBusyIntervals(client.client.id, ...range)).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(await statusShown()).toBe('needs_reconnect');
    // Skipped from now on: nothing is sent, for reading or for writing.
    sent.length = 0;
    expect(await counted.service.listBusyIntervals(client.client.id, ...range)).toEqual([]);
    const event = {
      uid: 'booking-9@slash',
      title: 'Call',
      startMs: at('2026-03-04T09:00:00Z'),
      endMs: at('2026-03-04T09:30:00Z'),
      location: null,
      description: '',
      attendees: [],
    };
    expect(await counted.service.createEvent(client.client.id, event)).toBe('awaiting_reconnect'); // kept for after the reconnect, not dropped
    expect(sent).toEqual([]);

    // Reconnecting with the new password makes it active again; a write refused later (the
    // password changed again) marks it needs_reconnect the same way.
    expect((await connect('wrong')).statusCode).toBe(400);
    expect(await statusShown()).toBe('needs_reconnect');
    expect((await connect('second password')).statusCode).toBe(201);
    expect(await statusShown()).toBe('active');
    expect(await counted.service.listBusyIntervals(client.client.id, ...range)).toEqual([]);
    await radicale.setPassword(bo.username, 'third password');
    sent.length = 0;
    await expect(counted.service.createEvent(client.client.id, event)).rejects.toMatchObject({
      code: 'reconnect_required',
    });
    expect(sent).toEqual([expect.stringMatching(/^PUT .*booking-9@slash\.ics$/)]);
    expect(await statusShown()).toBe('needs_reconnect');
  });
});
