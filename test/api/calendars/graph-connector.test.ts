import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCalendarsDomain, type CalendarsDomain } from '@slash/api/calendars/wiring';
import { SLASH_UID_PROPERTY_ID, graphTransactionIdForUid } from '@slash/api/calendars/graph-connector';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  graphError,
  slashUidOf,
  startGraphStandIn,
  type GraphStandIn,
  type GraphStoredEvent,
} from '../../stand-ins/graph-server.js';

const at = (iso: string) => Date.parse(iso);
/** Graph's dateTimeTimeZone: a wall time with 7 fractional digits and no offset. */
const utc = (iso: string) => ({ dateTime: `${iso.slice(0, 19)}.0000000`, timeZone: 'UTC' });

describe('Microsoft Graph connector', () => {
  let test: TestApp;
  let graph: GraphStandIn;
  let domain: CalendarsDomain;
  const sleeps: number[] = [];
  let clientId: string;

  beforeAll(async () => {
    test = await createTestApp({ nowMs: at('2026-03-02T08:00:00Z') });
    graph = await startGraphStandIn();
    domain = createCalendarsDomain({
      config: {
        ...test.config,
        microsoftClientId: 'slash-ms',
        microsoftClientSecret: 'secret',
        microsoftTokenUrl: `${graph.url}/token`,
        microsoftGraphBaseUrl: graph.url,
      },
      db: test.runtime.database.db,
      clock: test.clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        test.clock.advance(ms);
      },
    });
    clientId = (await createAccountsRepository(test.runtime.database.db).insertClient({ email: 'm@example.com' })).id;
  });
  afterAll(async () => {
    await graph.close();
    await test.close();
  });

  /** A fresh Microsoft connection with a valid token; its calendars are synced from the stand-in. */
  const connect = async () => {
    graph.calendars.clear();
    graph.calendars.set('AAMkCal-1', { name: 'Calendar', isDefaultCalendar: true, events: new Map() });
    graph.calendars.set('AAMkCal-2', { name: 'Holidays', canEdit: false, events: new Map() });
    const connection = await domain.repository.insertConnection({
      clientId,
      provider: 'microsoft',
      accountEmail: 'm@example.com',
    });
    const accessToken = `at-initial-${connection.id}`;
    graph.tokens.validAccessTokens.add(accessToken);
    await domain.tokens.storeGrant(connection, {
      accessToken,
      refreshToken: `rt-${connection.id}`,
      expiresInSeconds: 3600,
      scopes: ['Calendars.ReadWrite'],
    });
    await domain.service.syncCalendars(clientId, connection.id);
    graph.requests.length = 0;
    return { connection, accessToken, events: graph.calendars.get('AAMkCal-1')!.events };
  };
  const put = (events: Map<string, GraphStoredEvent>, id: string, event: Record<string, unknown>) =>
    events.set(id, {
      id,
      isCancelled: false,
      isAllDay: false,
      showAs: 'busy',
      type: 'singleInstance',
      location: { displayName: '' },
      ...event,
    });

  beforeEach(async () => {
    sleeps.length = 0;
    graph.requests.length = 0;
    graph.faults.length = 0;
    graph.pageSize = 50;
    graph.tokens.refreshCalls = 0;
    for (const connection of await domain.repository.listConnections(clientId))
      await domain.repository.deleteConnection(clientId, connection.id);
  });

  it('syncs the calendars: the default one blocks and receives meetings, a read-only one does neither', async () => {
    await connect();
    const calendars = await domain.service.listCalendars(clientId);
    expect(calendars.map((c) => [c.name, c.blocksAvailability, c.receivesNewMeetings])).toEqual([
      ['Calendar', true, true],
      ['Holidays', false, false],
    ]);
  });

  it('reads busy, free, tentative, all-day, recurring and DST-spanning events over several pages; skips cancelled', async () => {
    const { events } = await connect();
    put(events, 'busy', {
      subject: 'Board',
      location: { displayName: 'Paris' },
      start: utc('2026-03-03T08:00:00Z'),
      end: utc('2026-03-03T09:00:00Z'),
    });
    put(events, 'free', {
      subject: 'Focus',
      showAs: 'free',
      start: utc('2026-03-03T13:00:00Z'),
      end: utc('2026-03-03T15:00:00Z'),
    });
    put(events, 'remote', {
      subject: 'From home',
      showAs: 'workingElsewhere',
      start: utc('2026-03-03T15:00:00Z'),
      end: utc('2026-03-03T16:00:00Z'),
    });
    put(events, 'tent', {
      subject: 'Maybe',
      showAs: 'tentative',
      start: utc('2026-03-04T08:00:00Z'),
      end: utc('2026-03-04T09:00:00Z'),
    });
    put(events, 'oof', {
      subject: 'Dentist',
      showAs: 'oof',
      start: utc('2026-03-04T12:00:00Z'),
      end: utc('2026-03-04T13:00:00Z'),
    });
    // All-day events keep their own zone whatever the Prefer header says.
    put(events, 'allday', {
      subject: 'Offsite',
      isAllDay: true,
      originalStartTimeZone: 'Europe/Paris',
      start: { dateTime: '2026-03-05T00:00:00.0000000', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-03-06T00:00:00.0000000', timeZone: 'Europe/Paris' },
    });
    // calendarView returns occurrences: 08:00 Paris before and after the 29 March change.
    put(events, 'weekly-1', {
      subject: 'Weekly',
      type: 'occurrence',
      seriesMasterId: 'weekly',
      start: utc('2026-03-10T07:00:00Z'),
      end: utc('2026-03-10T08:00:00Z'),
    });
    put(events, 'weekly-4', {
      subject: 'Weekly',
      type: 'occurrence',
      seriesMasterId: 'weekly',
      start: utc('2026-03-31T06:00:00Z'),
      end: utc('2026-03-31T07:00:00Z'),
    });
    // 01:30 CET to 03:30 CEST on 29 March 2026 Paris is one hour.
    put(events, 'dst', {
      subject: 'Night shift',
      start: utc('2026-03-29T00:30:00Z'),
      end: utc('2026-03-29T01:30:00Z'),
    });
    put(events, 'gone', {
      subject: 'Gone',
      isCancelled: true,
      start: utc('2026-03-03T10:00:00Z'),
      end: utc('2026-03-03T11:00:00Z'),
    });
    graph.pageSize = 3;

    const busy = await domain.service.listBusyIntervals(
      clientId,
      at('2026-03-02T00:00:00Z'),
      at('2026-04-01T00:00:00Z'),
    );
    const row = (
      startIso: string,
      endIso: string,
      title: string,
      availability: string,
      extra: Record<string, unknown> = {},
    ) => ({
      startMs: at(startIso),
      endMs: at(endIso),
      location: null,
      isAllDay: false,
      availability,
      title,
      ...extra,
    });
    expect(busy).toEqual([
      row('2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', 'Board', 'busy', { location: 'Paris' }),
      row('2026-03-03T13:00:00Z', '2026-03-03T15:00:00Z', 'Focus', 'free'),
      row('2026-03-03T15:00:00Z', '2026-03-03T16:00:00Z', 'From home', 'free'),
      row('2026-03-04T08:00:00Z', '2026-03-04T09:00:00Z', 'Maybe', 'tentative'),
      row('2026-03-04T12:00:00Z', '2026-03-04T13:00:00Z', 'Dentist', 'busy'),
      row('2026-03-04T23:00:00Z', '2026-03-05T23:00:00Z', 'Offsite', 'busy', { isAllDay: true }),
      row('2026-03-10T07:00:00Z', '2026-03-10T08:00:00Z', 'Weekly', 'busy'),
      row('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 'Night shift', 'busy'),
      row('2026-03-31T06:00:00Z', '2026-03-31T07:00:00Z', 'Weekly', 'busy'),
    ]);
    const views = graph.apiRequests().filter((r) => r.path.endsWith('/calendarView'));
    expect(views).toHaveLength(4);
    expect(views[0]!.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(views[0]!.query.get('startDateTime')).toBe('2026-03-02T00:00:00.000Z');
    expect(views[0]!.headers.authorization).toMatch(/^Bearer at-initial-/);
    expect(views.slice(1).map((r) => r.query.get('$skiptoken'))).toEqual(['3', '6', '9']);
  });

  it('creates an event once per UID (lookup + transactionId), then updates and cancels it', async () => {
    const { events } = await connect();
    const event = {
      uid: 'booking-42@slash',
      title: 'Call',
      startMs: at('2026-03-04T09:00:00Z'),
      endMs: at('2026-03-04T09:30:00Z'),
      location: 'Café, Lyon',
      description: 'By Slash',
      attendees: [
        { email: 'ana@example.org', name: 'Ana' },
        { email: 'bo@example.org', optional: true },
      ],
      conference: { url: 'https://meet.example.com/x' },
    };
    const first = await domain.service.createEvent(clientId, event);
    const retry = await domain.service.createEvent(clientId, event);
    expect(retry).toEqual(first);
    expect(events.size).toBe(1);
    const stored = [...events.values()][0]!;
    expect(first).toMatchObject({ externalEventId: stored.id });
    expect(slashUidOf(stored)).toBe(event.uid);
    expect(stored).toMatchObject({
      subject: 'Call',
      transactionId: graphTransactionIdForUid(event.uid),
      location: { displayName: 'Café, Lyon' },
      start: { dateTime: '2026-03-04T09:00:00.000', timeZone: 'UTC' },
      attendees: [
        { emailAddress: { address: 'ana@example.org', name: 'Ana' }, type: 'required' },
        { emailAddress: { address: 'bo@example.org' }, type: 'optional' },
      ],
    });
    expect((stored.body as { content: string }).content).toContain('https://meet.example.com/x');
    // Listed back, the event carries our UID: calendarView expands that one extended property.
    put(events, 'other', { subject: 'Dentist', start: utc('2026-03-04T12:00:00Z'), end: utc('2026-03-04T13:00:00Z') });
    const listed = await domain.service.listBusyIntervals(
      clientId,
      at('2026-03-04T00:00:00Z'),
      at('2026-03-05T00:00:00Z'),
    );
    expect(listed.map((b) => [b.title, b.uid])).toEqual([
      ['Call', event.uid],
      ['Dentist', undefined],
    ]);
    const view = graph.apiRequests().find((r) => r.path.endsWith('/calendarView'))!;
    expect(view.query.get('$expand')).toBe(`singleValueExtendedProperties($filter=id eq '${SLASH_UID_PROPERTY_ID}')`);
    events.delete('other');

    // The POST succeeded but its answer was lost; the lookup missed (e.g. search lag): Graph dedupes on transactionId.
    graph.faults.push({ match: /\/events$/, fault: { status: 200, body: { value: [] } } });
    await domain.service.createEvent(clientId, event);
    expect(events.size).toBe(1);

    await domain.service.updateEvent(clientId, {
      ...event,
      title: 'Call (moved)',
      startMs: at('2026-03-04T10:00:00Z'),
      endMs: at('2026-03-04T10:30:00Z'),
    });
    expect(events.get(stored.id)).toMatchObject({
      subject: 'Call (moved)',
      start: { dateTime: '2026-03-04T10:00:00.000' },
    });
    await domain.service.cancelEvent(clientId, event);
    await domain.service.cancelEvent(clientId, event);
    expect(events.size).toBe(0);
  });

  it('R3: a 429 with Retry-After: 30 makes no call before 30 s; a 503 is retried too', async () => {
    await connect();
    graph.faults.push({
      match: /calendarView$/,
      fault: graphError(429, 'TooManyRequests', 'Application is over its MailboxConcurrency limit.', {
        'retry-after': '30',
      }),
    });
    const started = test.clock.nowMs();
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(sleeps).toEqual([30_000]);
    expect(test.clock.nowMs() - started).toBeGreaterThanOrEqual(30_000);
    expect(graph.apiRequests()).toHaveLength(2);

    sleeps.length = 0;
    graph.faults.push({
      match: /calendarView$/,
      fault: graphError(503, 'ServiceUnavailable', 'Service Unavailable', { 'retry-after': '5' }),
    });
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(sleeps).toEqual([5_000]);
  });

  it('a 401 (expired token) causes exactly one refresh, then the call is retried with the new token', async () => {
    const setup = await connect();
    graph.tokens.validAccessTokens.delete(setup.accessToken);
    await domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    expect(graph.tokens.refreshCalls).toBe(1);
    const calls = graph.apiRequests();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers.authorization).not.toBe(calls[0]!.headers.authorization);
    graph.tokens.refreshCalls = 0;
    graph.faults.push(
      { match: /calendarView$/, fault: graphError(401, 'InvalidAuthenticationToken', 'expired') },
      { match: /calendarView$/, fault: graphError(401, 'InvalidAuthenticationToken', 'expired') },
    );
    await expect(
      domain.service.listBusyIntervals(clientId, at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z')),
    ).rejects.toBeDefined();
    expect(graph.tokens.refreshCalls).toBe(1);
  });

  it('never follows a nextLink to another host with the token', async () => {
    const { events } = await connect();
    put(events, 'a', { subject: 'A', start: utc('2026-03-03T08:00:00Z'), end: utc('2026-03-03T09:00:00Z') });
    graph.faults.push({
      match: /calendarView$/,
      fault: {
        status: 200,
        body: {
          value: [events.get('a')],
          '@odata.nextLink': 'https://evil.example/v1.0/me/calendars/x/calendarView?$skiptoken=1',
        },
      },
    });
    const busy = await domain.service.listBusyIntervals(
      clientId,
      at('2026-03-02T00:00:00Z'),
      at('2026-03-04T00:00:00Z'),
    );
    expect(busy.map((b) => b.title)).toEqual(['A']);
    expect(graph.apiRequests()).toHaveLength(1);
  });
});
