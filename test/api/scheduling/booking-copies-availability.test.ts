/**
 * The bookings table is the authority on Slash's meetings: a calendar event whose UID is a
 * booking's (the copy the calendar job wrote, or an invitation another Slash client holds) never
 * counts as busy; the booking's blocked range does while it is confirmed. So after a reschedule or a
 * cancellation the old time is offered again at once — here with the job workers off, the copies
 * still sitting at their old times — while an unrelated event at the very same time still blocks.
 * Run for each kind of calendar that reports UIDs: built-in, Google and Microsoft Graph stand-ins,
 * and a real Radicale over CalDAV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createCalendarsDomain, type CalendarsDomain } from '@slash/api/calendars/wiring';
import type { AppConfig } from '@slash/api/config/config';
import {
  CLIENT_EMAIL,
  createSchedulingWorld,
  linkTokenOf,
  sampleThread,
  type SchedulingWorld,
} from '../booking/booking-fixture.js';
import { startGoogleStandIn, type GoogleStandIn } from '../../stand-ins/google-calendar-server.js';
import { startGraphStandIn, type GraphStandIn } from '../../stand-ins/graph-server.js';
import { startRadicale, type RadicaleServer } from '../../stand-ins/radicale-server.js';

/** Wednesday 11 March, 10:00 Paris: booking X, moved later to MOVED_TO, then cancelled. */
const FIRST = '2026-03-11T09:00:00.000Z';
/** Thursday 12 March, 10:00 Paris: booking Y, and an unrelated event at exactly the same time. */
const SHARED = '2026-03-12T09:00:00.000Z';
/** Friday 13 March, 10:00 Paris. */
const MOVED_TO = '2026-03-13T09:00:00.000Z';
const HALF_HOUR_MS = 30 * 60_000;

/** One kind of calendar under test: its server and how the client's calendar gets connected. */
interface CalendarKind {
  readonly name: string;
  start(): Promise<{ config: Partial<AppConfig>; close(): Promise<void> }>;
  /** Makes a calendar of this kind the client's calendar that blocks and receives new meetings. */
  connect(world: SchedulingWorld, domain: CalendarsDomain): Promise<void>;
}

/** Turns the world's built-in calendar off, so only the connected calendar blocks and receives. */
async function retireBuiltin(world: SchedulingWorld, domain: CalendarsDomain): Promise<void> {
  await domain.repository.updateCalendar(world.clientId, world.calendarId, {
    blocksAvailability: false,
    receivesNewMeetings: false,
  });
}

/** An OAuth connection with a live access token, its calendars synced from the stand-in. */
async function connectOAuth(
  world: SchedulingWorld,
  domain: CalendarsDomain,
  context: { provider: 'google' | 'microsoft'; validAccessTokens: Set<string> },
): Promise<void> {
  await retireBuiltin(world, domain);
  const connection = await domain.repository.insertConnection({
    clientId: world.clientId,
    provider: context.provider,
    accountEmail: CLIENT_EMAIL,
  });
  context.validAccessTokens.add(`at-${connection.id}`);
  await domain.tokens.storeGrant(connection, {
    accessToken: `at-${connection.id}`,
    refreshToken: `rt-${connection.id}`,
    expiresInSeconds: 3600,
    scopes: ['calendar'],
  });
  await domain.service.syncCalendars(world.clientId, connection.id);
}

const builtin: CalendarKind = {
  name: 'built-in',
  start: async () => ({ config: {}, close: async () => undefined }),
  connect: async () => undefined,
};

let google: GoogleStandIn;
const googleKind: CalendarKind = {
  name: 'Google (stand-in)',
  async start() {
    google = await startGoogleStandIn();
    google.calendars.set('primary', { summary: 'Work', timeZone: 'Europe/Paris', primary: true, events: new Map() });
    return {
      config: {
        googleClientId: 'slash-google',
        googleClientSecret: 'secret',
        googleTokenUrl: `${google.url}/token`,
        googleApiRootUrl: `${google.url}/`,
      },
      close: () => google.close(),
    };
  },
  connect: (world, domain) =>
    connectOAuth(world, domain, { provider: 'google', validAccessTokens: google.tokens.validAccessTokens }),
};

let graph: GraphStandIn;
const graphKind: CalendarKind = {
  name: 'Microsoft Graph (stand-in)',
  async start() {
    graph = await startGraphStandIn();
    graph.calendars.set('AAMkCal-1', { name: 'Calendar', isDefaultCalendar: true, events: new Map() });
    return {
      config: {
        microsoftClientId: 'slash-ms',
        microsoftClientSecret: 'secret',
        microsoftTokenUrl: `${graph.url}/token`,
        microsoftGraphBaseUrl: graph.url,
      },
      close: () => graph.close(),
    };
  },
  connect: (world, domain) =>
    connectOAuth(world, domain, { provider: 'microsoft', validAccessTokens: graph.tokens.validAccessTokens }),
};

let radicale: RadicaleServer;
const ana = { username: 'ana', password: 'correct horse' };
const caldavKind: CalendarKind = {
  name: 'CalDAV (real Radicale)',
  async start() {
    radicale = await startRadicale([ana]);
    await radicale.makeCalendar(ana, 'Work', 'Europe/Paris');
    return { config: { caldavAllowedPrivateHosts: [new URL(radicale.url).host] }, close: () => radicale.close() };
  },
  async connect(world, domain) {
    await retireBuiltin(world, domain);
    const response = await world.app.inject({
      method: 'POST',
      url: '/v1/connections/caldav',
      headers: world.auth,
      payload: { url: `${radicale.url}/`, ...ana },
    });
    expect(response.statusCode, response.body).toBe(201);
    const work = (await domain.repository.listCalendars(world.clientId)).find((c) => c.name === 'Work')!;
    await domain.service.updateCalendar(world.clientId, work.id, {
      blocksAvailability: true,
      receivesNewMeetings: true,
    });
  },
};

/** A new scheduling request from `email` (a 30-minute call next week); its booking-link token. */
async function linkFor(world: SchedulingWorld, email: string): Promise<string> {
  const response = await world.app.inject({
    method: 'POST',
    url: '/v1/scheduling-requests',
    headers: world.auth,
    payload: { thread: sampleThread({ email, name: 'Contact' }) },
  });
  return linkTokenOf((response.json() as SchedulingRequestView).bookingLink!.url);
}

/** Books `start` on a new link from `email`: the booking's UID and manage token. */
async function book(world: SchedulingWorld, start: string, email: string) {
  const response = await world.app.inject({
    method: 'POST',
    url: `/v1/public/links/${await linkFor(world, email)}/bookings`,
    headers: { 'idempotency-key': `copies-${email}` },
    payload: { start, timeZone: 'Europe/Paris' },
  });
  expect(response.statusCode, response.body).toBe(201);
  const booked = response.json() as { bookingId: string; manageUrl: string };
  return { uid: `${booked.bookingId}@slash`, manage: linkTokenOf(booked.manageUrl) };
}

/** The starts a link offers now. */
async function offeredOn(world: SchedulingWorld, link: string): Promise<string[]> {
  const response = await world.app.inject({
    method: 'GET',
    url: `/v1/public/links/${link}/slots?timeZone=Europe/Paris`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { slots: { start: string }[] }).slots.map((slot) => slot.start);
}

/** A half-hour event as Slash writes it. */
function halfHour(uid: string, start: string, title: string) {
  const startMs = Date.parse(start);
  return { uid, title, startMs, endMs: startMs + HALF_HOUR_MS, location: null, description: '', attendees: [] };
}

describe.each([builtin, googleKind, graphKind, caldavKind])('calendar copies of bookings ($name)', (kind) => {
  let world: SchedulingWorld;
  let domain: CalendarsDomain;
  let closeServer: () => Promise<void>;
  /** An unbooked link: what a new contact would be offered. */
  let spare: string;

  /** Writes an event as the calendar job does (the calendars service, through the real connector). */
  const writeToCalendar = async (uid: string, start: string, title: string) => {
    expect(await domain.service.createEvent(world.clientId, halfHour(uid, start, title))).not.toBeNull();
  };

  beforeAll(async () => {
    const server = await kind.start();
    closeServer = server.close;
    // Workers off: no calendar job runs during the test, so every copy stays where it was written.
    world = await createSchedulingWorld({ runWorkers: false, config: server.config });
    domain = createCalendarsDomain({ config: world.config, db: world.runtime.database.db, clock: world.clock });
    await kind.connect(world, domain);
    spare = await linkFor(world, 'cy@gamma.example');
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    await closeServer?.();
  });

  it('offers the old time again at once after a reschedule and a cancellation; an unrelated event at the same time still blocks', async () => {
    expect(await offeredOn(world, spare)).toEqual(expect.arrayContaining([FIRST, SHARED, MOVED_TO]));
    const x = await book(world, FIRST, 'ann.lee@acme.example');
    const y = await book(world, SHARED, 'bob@beta.example');
    // The calendar holds both copies (as if the job had run once) and someone else's event at SHARED.
    await writeToCalendar(x.uid, FIRST, 'Call with Ann');
    await writeToCalendar(y.uid, SHARED, 'Call with Bob');
    await writeToCalendar('dentist-42@elsewhere.example', SHARED, 'Dentist');
    const copies = await domain.service.listBusyIntervals(
      world.clientId,
      Date.parse('2026-03-09T00:00:00Z'),
      Date.parse('2026-03-16T00:00:00Z'),
    );
    expect(copies.map((c) => [new Date(c.startMs).toISOString(), c.uid]).sort()).toEqual(
      [
        [FIRST, x.uid],
        [SHARED, 'dentist-42@elsewhere.example'],
        [SHARED, y.uid],
      ].sort(),
    );
    let slots = await offeredOn(world, spare);
    for (const start of [FIRST, SHARED]) expect(slots).not.toContain(start);

    const moved = await world.app.inject({
      method: 'POST',
      url: `/v1/public/bookings/${x.manage}/reschedule`,
      payload: { start: MOVED_TO, timeZone: 'Europe/Paris' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    slots = await offeredOn(world, spare);
    // The copy still says FIRST; the table says MOVED_TO.
    expect(slots).toContain(FIRST);
    expect(slots).not.toContain(MOVED_TO);

    for (const manage of [x.manage, y.manage]) {
      const cancelled = await world.app.inject({ method: 'POST', url: `/v1/public/bookings/${manage}/cancel` });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
    }
    slots = await offeredOn(world, spare);
    expect(slots).toEqual(expect.arrayContaining([FIRST, MOVED_TO]));
    // Y's copy no longer counts, the dentist at the very same time does.
    expect(slots).not.toContain(SHARED);
    // No calendar job ran: both copies are still in the calendar at their old times.
    const after = await domain.service.listBusyIntervals(
      world.clientId,
      Date.parse('2026-03-09T00:00:00Z'),
      Date.parse('2026-03-16T00:00:00Z'),
    );
    expect(
      after.filter((c) => c.uid === x.uid || c.uid === y.uid).map((c) => new Date(c.startMs).toISOString()),
    ).toEqual([FIRST, SHARED]);
  });
});

describe('calendar copies of bookings held by another Slash client among the attendees', () => {
  let world: SchedulingWorld;

  beforeAll(async () => {
    world = await createSchedulingWorld({ runWorkers: false });
  });
  afterAll(async () => world?.close());

  it('leaves out their copy of a cancelled booking, and keeps their other events', async () => {
    const db = world.runtime.database.db;
    const domain = createCalendarsDomain({ config: world.config, db, clock: world.clock });
    // Dana is a Slash client too, with her own built-in calendar.
    const dana = await createAccountsRepository(db).insertClient({
      email: 'dana@delta.example',
      name: 'Dana',
      timeZone: 'Europe/Paris',
    });
    const connection = await domain.repository.insertConnection({
      clientId: dana.id,
      provider: 'builtin',
      accountEmail: dana.email,
    });
    await domain.repository.insertCalendars([
      {
        clientId: dana.id,
        connectionId: connection.id,
        externalId: 'primary',
        name: 'Dana',
        blocksAvailability: true,
        receivesNewMeetings: true,
      },
    ]);
    const withDana = await linkFor(world, dana.email);
    const booking = await book(world, FIRST, 'ann.lee@acme.example');
    // Dana accepted the invitation (same UID) and has a dentist appointment on Friday.
    await domain.service.createEvent(dana.id, halfHour(booking.uid, FIRST, 'Call with Camille'));
    await domain.service.createEvent(dana.id, halfHour('dentist-7@elsewhere.example', MOVED_TO, 'Dentist'));
    expect(await offeredOn(world, withDana)).not.toContain(FIRST);
    const cancelled = await world.app.inject({ method: 'POST', url: `/v1/public/bookings/${booking.manage}/cancel` });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const slots = await offeredOn(world, withDana);
    expect(slots).toContain(FIRST);
    expect(slots).not.toContain(MOVED_TO);
  });
});
