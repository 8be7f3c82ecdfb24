/**
 * CalDAV calendars (RFC 4791) through `tsdav`, with HTTP Basic credentials stored sealed (C9).
 * - Calendars: discovery (well-known, principal, calendar home) then `fetchCalendars`; a calendar's
 *   `externalId` is its collection URL; its zone is the TZID of `calendar-timezone`.
 * - Busy intervals: a calendar-query REPORT with a time-range (the server picks the objects with an
 *   occurrence in range), then ical.js expands them locally (ical-busy-intervals.ts): servers'
 *   own `expand` support varies and the zone rules must match the other connectors.
 * - Events Slash writes live at `<calendar>/<uid>.ics` (a hash when the UID is not URL-safe): a
 *   create is `PUT If-None-Match: *`, so a retry answers 412 instead of making a second object;
 *   update overwrites that object; cancel deletes it (404 = already gone).
 * - Every response >= 400 that the operation does not expect becomes a ProviderHttpError thrown
 *   from inside tsdav's fetch, so a failing server is never read as an empty calendar; the shared
 *   retry policy (429/5xx, Retry-After) wraps each operation.
 * - Credentials the server refuses later (401/403: password changed, account locked or removed)
 *   are not retried: `onCredentialsRejected` marks the connection `needs_reconnect`, like a refused
 *   OAuth refresh, and the call fails with ReconnectRequiredError.
 * - Busy intervals carry each event's UID, so Slash's own copies of bookings are recognisable.
 */
import { createHash } from 'node:crypto';
import {
  createCalendarObject,
  createDAVClient,
  deleteCalendarObject,
  fetchCalendarObjects,
  updateCalendarObject,
  type DAVCalendar,
} from 'tsdav';
import { ReconnectRequiredError } from '../errors/domain-error.js';
import { buildEventIcs } from './caldav-event-ics.js';
import type { BusyInterval, CalendarConnector, ProviderCalendar } from './connector.js';
import { busyIntervalsOfIcs } from './ical-busy-intervals.js';
import { ProviderHttpError, withRetries, type RetryOptions } from './retry-policy.js';

/** Basic credentials of a CalDAV account. */
export interface CaldavCredentials {
  readonly username: string;
  readonly password: string;
}

/** The CalDAV connector's settings. */
export interface CaldavConnectorDeps {
  readonly serverUrl: string;
  readonly credentials: CaldavCredentials;
  /** Known calendars of the connection (their zones place all-day and floating times). */
  readonly calendars: readonly { readonly externalId: string; readonly timeZone: string | null }[];
  readonly retry: RetryOptions;
  readonly fetch?: typeof fetch;
  /**
   * Called once when the server refuses the stored credentials (401/403) after connecting; the
   * call then fails with ReconnectRequiredError. Without it (checking credentials before they are
   * stored), the ProviderHttpError is thrown as is.
   */
  readonly onCredentialsRejected?: () => Promise<void>;
}

/** The credentials sealed in a CalDAV connection's secret. */
export function caldavCredentialsOf(secret: string | undefined): CaldavCredentials {
  const parsed = secret === undefined ? undefined : (JSON.parse(secret) as Partial<CaldavCredentials>);
  if (typeof parsed?.username !== 'string' || typeof parsed.password !== 'string') {
    throw new ReconnectRequiredError('Reconnect this CalDAV calendar to keep using it.');
  }
  return { username: parsed.username, password: parsed.password };
}

/** The object name of an event: its UID when URL-safe, else a hash of it. */
export function caldavFilenameForUid(uid: string): string {
  return /^[A-Za-z0-9@._-]{1,200}$/.test(uid) ? `${uid}.ics` : `${createHash('sha256').update(uid).digest('hex')}.ics`;
}

/** Seconds since 2020 as SEQUENCE: grows with every rewrite without reading the stored object. */
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

/** The CalDAV connector of one connection. */
export function createCaldavConnector(deps: CaldavConnectorDeps): CalendarConnector {
  const { credentials, retry } = deps;
  const headers = {
    authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
  };
  const fetchImpl = guardedFetch(deps.fetch ?? fetch);
  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await withRetries(operation, retry);
    } catch (error) {
      if (!(isRefusedCredentials(error) && deps.onCredentialsRejected !== undefined)) throw error;
      await deps.onCredentialsRejected();
      throw new ReconnectRequiredError('The CalDAV server refused Slash’s credentials; reconnect this calendar.', {
        cause: error,
      });
    }
  };
  const calendarOf = (externalId: string): DAVCalendar => ({ url: new URL(externalId, deps.serverUrl).href });
  const objectOf = (externalId: string, uid: string) => ({
    url: new URL(caldavFilenameForUid(uid), calendarOf(externalId).url).href,
  });

  const connector: CalendarConnector = {
    async listCalendars(): Promise<ProviderCalendar[]> {
      const calendars = await run(async () => {
        const client = await createDAVClient({
          serverUrl: deps.serverUrl,
          credentials,
          authMethod: 'Basic',
          defaultAccountType: 'caldav',
          fetch: fetchImpl,
        });
        return client.fetchCalendars();
      });
      const eventCalendars = calendars
        .filter(
          (calendar) =>
            calendar.components === undefined ||
            calendar.components.length === 0 ||
            calendar.components.includes('VEVENT'),
        )
        .sort((a, b) => a.url.localeCompare(b.url));
      // CalDAV has no primary calendar: the first one (by URL, stable) plays that part.
      return eventCalendars.map((calendar, index) => ({
        externalId: calendar.url,
        name:
          typeof calendar.displayName === 'string' && calendar.displayName !== '' ? calendar.displayName : calendar.url,
        timeZone: /^TZID:(.+)$/m.exec(calendar.timezone ?? '')?.[1]?.trim() ?? null,
        isPrimary: index === 0,
        canWrite: true,
      }));
    },
    async listBusyIntervals(query): Promise<BusyInterval[]> {
      const timeRange = { start: new Date(query.fromMs).toISOString(), end: new Date(query.toMs).toISOString() };
      const objects = await run(() =>
        fetchCalendarObjects({
          calendar: calendarOf(query.calendarExternalId),
          timeRange,
          headers,
          fetch: fetchImpl,
          urlFilter: (url) => !url.endsWith('/'),
        }),
      );
      const zone =
        deps.calendars.find((calendar) => calendar.externalId === query.calendarExternalId)?.timeZone ?? 'UTC';
      return objects.flatMap((object) =>
        typeof object.data === 'string' && object.data !== '' ? busyIntervalsOfIcs(object.data, query, zone) : [],
      );
    },
    async createEvent(calendarId, event) {
      const iCalString = buildEventIcs(event, { stampMs: retry.clock.nowMs(), sequence: 0 });
      const filename = caldavFilenameForUid(event.uid);
      // 412: the object exists, i.e. an earlier attempt succeeded (idempotent create).
      await run(() =>
        createCalendarObject({ calendar: calendarOf(calendarId), filename, iCalString, headers, fetch: fetchImpl }),
      );
      return { externalEventId: objectOf(calendarId, event.uid).url };
    },
    async updateEvent(calendarId, uid, event) {
      const nowMs = retry.clock.nowMs();
      const data = buildEventIcs(
        { ...event, uid },
        { stampMs: nowMs, sequence: Math.max(1, Math.floor((nowMs - SEQUENCE_EPOCH_MS) / 1000)) },
      );
      const calendarObject = { ...objectOf(calendarId, uid), data };
      await run(() =>
        updateCalendarObject({
          calendarObject,
          headers: { ...headers, 'content-type': 'text/calendar; charset=utf-8' },
          fetch: fetchImpl,
        }),
      );
      return { externalEventId: calendarObject.url };
    },
    async cancelEvent(calendarId, uid) {
      // 404/410: already gone, which is what cancelling wants.
      await run(() => deleteCalendarObject({ calendarObject: objectOf(calendarId, uid), headers, fetch: fetchImpl }));
    },
  };
  return connector;
}

/** 401 or 403 from the server: the stored username and password no longer open the account. */
function isRefusedCredentials(error: unknown): boolean {
  return error instanceof ProviderHttpError && (error.status === 401 || error.status === 403);
}

/** A fetch that throws ProviderHttpError for every failure the caller does not handle itself. */
function guardedFetch(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const method = (init?.method ?? 'GET').toUpperCase();
    const isExpected =
      (method === 'PUT' && response.status === 412) ||
      (method === 'DELETE' && (response.status === 404 || response.status === 410));
    if (response.status < 400 || isExpected) return response;
    await response.body?.cancel();
    throw new ProviderHttpError(response.status, `CalDAV server answered ${response.status} to ${method}`, {
      retryAfter: response.headers.get('retry-after') ?? undefined,
    });
  };
}
