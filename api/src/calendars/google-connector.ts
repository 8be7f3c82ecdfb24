/**
 * Google Calendar through `googleapis` (Calendar API v3, https://developers.google.com/calendar/api/v3/reference).
 * Busy intervals come from `events.list` with `singleEvents=true` (recurring events expanded by
 * Google), so each interval keeps its transparency, all-day flag, location and title; free events
 * are `transparency: transparent`, tentative ones are the client's own tentative answers.
 * Events Slash writes get our own event id, derived from the UID (base32hex, `[a-v0-9]`), so a
 * retried insert hits 409 instead of creating a second event. gaxios' own retries are off: the
 * shared policy (provider-call.ts) retries with the injected clock.
 * Each busy interval carries the event's UID: our own, kept in a private extended property on
 * every event Slash writes (Google documents that `id` and `iCalUID` should not both be given at
 * creation, so the `iCalUID` Google keeps for our events is not ours to rely on), else the
 * event's `iCalUID` (an invitation a client accepted carries the organiser's UID there).
 */
import { createHash } from 'node:crypto';
import { calendar as googleCalendar, type calendar_v3 } from 'googleapis/build/src/apis/calendar/index.js';
import { wallTimeToInstant } from '@slash/shared';
import type { BusyInterval, CalendarConnector, CalendarEventInput, ProviderCalendar } from './connector.js';
import { callProvider, type ProviderCallDeps } from './provider-call.js';
import { ProviderHttpError } from './retry-policy.js';

/** The Google connector's settings. */
export interface GoogleConnectorDeps extends ProviderCallDeps {
  /** googleapis `rootUrl`, e.g. https://www.googleapis.com/ */
  readonly rootUrl: string;
}

const MAX_PAGES = 20;

/** Key of the private extended property holding Slash's UID on the events Slash writes. */
export const SLASH_UID_PRIVATE_PROPERTY = 'slashUid';

/** Google event id for a UID: base32hex of SHA-256, 52 characters of `[a-v0-9]`. */
export function googleEventIdForUid(uid: string): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  const bytes = createHash('sha256').update(uid).digest();
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      id += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? id + alphabet[(value << (5 - bits)) & 31] : id;
}

/** The Google connector of one connection. */
export function createGoogleConnector(deps: GoogleConnectorDeps): CalendarConnector {
  const api = googleCalendar({ version: 'v3', rootUrl: deps.rootUrl });
  const call = <T>(run: (options: { headers: Record<string, string>; retry: false }) => Promise<{ data: T }>) =>
    callProvider(deps, async (token) => {
      try {
        return (await run({ headers: { Authorization: `Bearer ${token}` }, retry: false })).data;
      } catch (error) {
        throw toProviderError(error);
      }
    });
  const body = (event: CalendarEventInput): calendar_v3.Schema$Event => ({
    id: googleEventIdForUid(event.uid),
    iCalUID: event.uid,
    status: 'confirmed',
    summary: event.title,
    description:
      event.conference === undefined ? event.description : `${event.description}\n\n${event.conference.url}`.trim(),
    location: event.location ?? undefined,
    start: { dateTime: new Date(event.startMs).toISOString() },
    end: { dateTime: new Date(event.endMs).toISOString() },
    attendees: event.attendees.map((a) => ({
      email: a.email,
      ...(a.name === undefined ? {} : { displayName: a.name }),
      optional: a.optional === true,
    })),
    extendedProperties: { private: { [SLASH_UID_PRIVATE_PROPERTY]: event.uid } },
  });
  return {
    async listCalendars(): Promise<ProviderCalendar[]> {
      const data = await call<calendar_v3.Schema$CalendarList>((options) =>
        api.calendarList.list({ maxResults: 250 }, options),
      );
      return (data.items ?? []).map((item) => ({
        externalId: item.id ?? '',
        name: item.summaryOverride ?? item.summary ?? item.id ?? '',
        timeZone: item.timeZone ?? null,
        isPrimary: item.primary === true,
        canWrite: item.accessRole === 'owner' || item.accessRole === 'writer',
      }));
    },
    async listBusyIntervals(query): Promise<BusyInterval[]> {
      const intervals: BusyInterval[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const data = await call<calendar_v3.Schema$Events>((options) =>
          api.events.list(
            {
              calendarId: query.calendarExternalId,
              timeMin: new Date(query.fromMs).toISOString(),
              timeMax: new Date(query.toMs).toISOString(),
              singleEvents: true,
              orderBy: 'startTime',
              maxResults: 2500,
              ...(pageToken === undefined ? {} : { pageToken }),
            },
            options,
          ),
        );
        for (const item of data.items ?? []) {
          const interval = toBusyInterval(item, data.timeZone ?? 'UTC');
          if (interval !== undefined) intervals.push(interval);
        }
        pageToken = data.nextPageToken ?? undefined;
        if (pageToken === undefined) break;
      }
      return intervals;
    },
    async createEvent(calendarId, event) {
      const eventId = googleEventIdForUid(event.uid);
      try {
        await call((options) =>
          api.events.insert({ calendarId, sendUpdates: 'none', requestBody: body(event) }, options),
        );
      } catch (error) {
        // 409: an event with our id exists, i.e. an earlier attempt succeeded (idempotent create).
        if (!(error instanceof ProviderHttpError && error.status === 409)) throw error;
      }
      return { externalEventId: eventId };
    },
    async updateEvent(calendarId, uid, event) {
      const eventId = googleEventIdForUid(uid);
      try {
        await call((options) =>
          api.events.update(
            { calendarId, eventId, sendUpdates: 'none', requestBody: body({ ...event, uid }) },
            options,
          ),
        );
        return { externalEventId: eventId };
      } catch (error) {
        if (error instanceof ProviderHttpError && error.status === 404)
          return this.createEvent(calendarId, { ...event, uid });
        throw error;
      }
    },
    async cancelEvent(calendarId, uid) {
      try {
        await call((options) =>
          api.events.delete({ calendarId, eventId: googleEventIdForUid(uid), sendUpdates: 'none' }, options),
        );
      } catch (error) {
        if (error instanceof ProviderHttpError && (error.status === 404 || error.status === 410)) return;
        throw error;
      }
    },
  };
}

/** A Google event as a busy interval; undefined for cancelled or declined events. */
function toBusyInterval(item: calendar_v3.Schema$Event, calendarTimeZone: string): BusyInterval | undefined {
  if (item.status === 'cancelled') return undefined;
  const self = item.attendees?.find((attendee) => attendee.self === true);
  if (self?.responseStatus === 'declined') return undefined;
  const isAllDay = item.start?.date != null;
  const startMs = instantOf(item.start, calendarTimeZone);
  const endMs = instantOf(item.end, calendarTimeZone);
  if (startMs === undefined || endMs === undefined || endMs <= startMs) return undefined;
  const availability =
    item.transparency === 'transparent'
      ? 'free'
      : self?.responseStatus === 'tentative' || item.status === 'tentative'
        ? 'tentative'
        : 'busy';
  const uid = item.extendedProperties?.private?.[SLASH_UID_PRIVATE_PROPERTY] ?? item.iCalUID ?? undefined;
  return {
    startMs,
    endMs,
    location: item.location ?? null,
    isAllDay,
    availability,
    title: item.summary ?? '',
    ...(uid === undefined || uid === '' ? {} : { uid }),
  };
}

/** Instant of a Google date or dateTime; an all-day date starts at midnight in the event's zone. */
function instantOf(time: calendar_v3.Schema$EventDateTime | undefined, calendarTimeZone: string): number | undefined {
  if (time?.dateTime != null) return Date.parse(time.dateTime);
  const date = time?.date;
  if (date == null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return wallTimeToInstant(time?.timeZone ?? calendarTimeZone, date, 0);
}

/** A gaxios error as a ProviderHttpError (status, Retry-After, Google reason). */
export function toProviderError(error: unknown): unknown {
  if (error instanceof ProviderHttpError) return error;
  const candidate = error as { status?: number; response?: { status?: number; headers?: unknown; data?: unknown } };
  const status = candidate.response?.status ?? candidate.status;
  if (typeof status !== 'number') return error;
  const headers = candidate.response?.headers as
    { get?: (name: string) => string | null } | Record<string, string> | undefined;
  const retryAfter =
    typeof headers?.get === 'function'
      ? (headers.get('retry-after') ?? undefined)
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  const data = candidate.response?.data as { error?: { errors?: { reason?: string }[] } } | undefined;
  return new ProviderHttpError(status, `Google Calendar answered ${status}`, {
    retryAfter,
    reason: data?.error?.errors?.[0]?.reason,
  });
}
