/**
 * Microsoft Graph calendars (v1.0) through `@microsoft/microsoft-graph-client`.
 * - Busy intervals: `GET /me/calendars/{id}/calendarView` (Graph expands recurring series into
 *   occurrences) with `Prefer: outlook.timezone="UTC"`, following `@odata.nextLink`. Mapping in
 *   graph-busy-interval.ts.
 * - Identity of events Slash writes: every event carries a single-value extended property holding
 *   the RFC 5545 UID (Graph's own `iCalUId` is server-assigned, so it cannot be derived from ours).
 *   Create looks the UID up first and posts with a `transactionId` derived from the UID, so a retry
 *   whose first POST did succeed (response lost) is deduplicated by Graph; update and cancel find
 *   the event through the same property. calendarView expands that one property
 *   (`$expand=singleValueExtendedProperties($filter=id eq '…')`), so each busy interval of an event
 *   Slash wrote carries our UID and availability can tell Slash's copies of bookings apart.
 * - The SDK's own middleware (retry handler with real timers, auth handler bound to Microsoft hosts)
 *   is replaced by the bare HTTP handler: the shared policy (provider-call.ts) retries with the
 *   injected clock and refreshes once on 401; the bearer token is set per request.
 */
import { createHash } from 'node:crypto';
import { Client, GraphError, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import type {
  BusyInterval,
  CalendarConnector,
  CalendarEventInput,
  ProviderCalendar,
  WrittenEvent,
} from './connector.js';
import { toGraphBusyInterval, type GraphEvent } from './graph-busy-interval.js';
import { callProvider, type ProviderCallDeps } from './provider-call.js';
import { ProviderHttpError } from './retry-policy.js';

/** The Graph connector's settings. */
export interface GraphConnectorDeps extends ProviderCallDeps {
  /** Graph root without version, e.g. https://graph.microsoft.com */
  readonly baseUrl: string;
  /** Known calendars of the connection: an all-day event falls back to its calendar's zone. */
  readonly calendars: readonly { readonly externalId: string; readonly timeZone: string | null }[];
}

/** Namespace GUID of Slash's extended property; with the name it forms the property id. */
export const SLASH_UID_PROPERTY_ID = 'String {6b0c4e1e-3f7a-4d52-9a51-3c1f0d2b8e77} Name SlashUid';

const VERSION = 'v1.0';
const MAX_PAGES = 20;
const BUSY_FIELDS = 'subject,start,end,isAllDay,showAs,isCancelled,location,originalStartTimeZone,type';

interface GraphPage<T> {
  readonly value?: T[];
  readonly '@odata.nextLink'?: string;
}

/** Graph `transactionId` for a UID: stable across retries, opaque, 43 characters. */
export function graphTransactionIdForUid(uid: string): string {
  return createHash('sha256').update(`slash:${uid}`).digest('base64url');
}

/** The Graph connector of one connection. */
export function createGraphConnector(deps: GraphConnectorDeps): CalendarConnector {
  const root = deps.baseUrl.replace(/\/+$/, '');
  const client = Client.initWithMiddleware({
    baseUrl: root,
    defaultVersion: VERSION,
    middleware: new HTTPMessageHandler(),
  });
  const call = <T>(run: (bearer: string) => Promise<T>): Promise<T> =>
    callProvider(deps, async (token) => {
      try {
        return await run(`Bearer ${token}`);
      } catch (error) {
        throw toGraphProviderError(error);
      }
    });
  const calendarPath = (calendarId: string) => `/me/calendars/${encodeURIComponent(calendarId)}`;

  /** Every page of a collection; a nextLink must stay under the configured root (the token never leaves it). */
  const listAll = async <T>(
    firstPath: string,
    prepare: (path: string, bearer: string) => Promise<GraphPage<T>>,
  ): Promise<T[]> => {
    const items: T[] = [];
    let path: string | undefined = firstPath;
    for (let page = 0; page < MAX_PAGES && path !== undefined; page += 1) {
      const current: string = path;
      const data = await call((bearer) => prepare(current, bearer));
      items.push(...(data.value ?? []));
      path = relativeNextLink(root, data['@odata.nextLink']);
    }
    return items;
  };

  const findByUid = async (calendarId: string, uid: string): Promise<{ id: string } | undefined> => {
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${SLASH_UID_PROPERTY_ID}' and ep/value eq '${uid.replaceAll("'", "''")}')`;
    const data = await call<GraphPage<{ id: string }>>((bearer) =>
      client
        .api(`${calendarPath(calendarId)}/events`)
        .header('Authorization', bearer)
        .filter(encodeURIComponent(filter))
        .select('id')
        .top(2)
        .get(),
    );
    return data.value?.[0];
  };

  const connector: CalendarConnector = {
    async listCalendars(): Promise<ProviderCalendar[]> {
      const items = await listAll<{ id: string; name?: string; canEdit?: boolean; isDefaultCalendar?: boolean }>(
        '/me/calendars?$select=id,name,canEdit,isDefaultCalendar&$top=100',
        (path, bearer) => client.api(path).header('Authorization', bearer).get(),
      );
      // Graph calendars carry no zone (the mailbox has one); all-day events bring their own.
      return items.map((item) => ({
        externalId: item.id,
        name: item.name ?? item.id,
        timeZone: null,
        isPrimary: item.isDefaultCalendar === true,
        canWrite: item.canEdit !== false,
      }));
    },
    async listBusyIntervals(query): Promise<BusyInterval[]> {
      const range = `startDateTime=${encodeURIComponent(new Date(query.fromMs).toISOString())}&endDateTime=${encodeURIComponent(new Date(query.toMs).toISOString())}`;
      const expand = encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${SLASH_UID_PROPERTY_ID}')`);
      const items = await listAll<GraphEvent>(
        `${calendarPath(query.calendarExternalId)}/calendarView?${range}&$select=${BUSY_FIELDS}&$expand=${expand}&$top=500`,
        (path, bearer) =>
          client.api(path).header('Authorization', bearer).header('Prefer', 'outlook.timezone="UTC"').get(),
      );
      const calendarZone =
        deps.calendars.find((calendar) => calendar.externalId === query.calendarExternalId)?.timeZone ?? 'UTC';
      return items
        .map((item) => toGraphBusyInterval(item, calendarZone, SLASH_UID_PROPERTY_ID))
        .filter((interval): interval is BusyInterval => interval !== undefined);
    },
    async createEvent(calendarId, event): Promise<WrittenEvent> {
      const existing = await findByUid(calendarId, event.uid);
      if (existing !== undefined) return { externalEventId: existing.id };
      const created = await call<{ id: string }>((bearer) =>
        client
          .api(`${calendarPath(calendarId)}/events`)
          .header('Authorization', bearer)
          .post({ ...graphEventBody(event), transactionId: graphTransactionIdForUid(event.uid) }),
      );
      return { externalEventId: created.id };
    },
    async updateEvent(calendarId, uid, event): Promise<WrittenEvent> {
      const existing = await findByUid(calendarId, uid);
      if (existing === undefined) return connector.createEvent(calendarId, { ...event, uid });
      await call((bearer) =>
        client
          .api(`${calendarPath(calendarId)}/events/${encodeURIComponent(existing.id)}`)
          .header('Authorization', bearer)
          .patch(graphEventBody({ ...event, uid })),
      );
      return { externalEventId: existing.id };
    },
    async cancelEvent(calendarId, uid): Promise<void> {
      const existing = await findByUid(calendarId, uid);
      if (existing === undefined) return;
      try {
        await call((bearer) =>
          client
            .api(`${calendarPath(calendarId)}/events/${encodeURIComponent(existing.id)}`)
            .header('Authorization', bearer)
            .delete(),
        );
      } catch (error) {
        // Deleted meanwhile (another attempt, or the client in Outlook): cancelling is done.
        if (!(error instanceof ProviderHttpError && (error.status === 404 || error.status === 410))) throw error;
      }
    },
  };
  return connector;
}

/**
 * The Graph event Slash writes. Times are sent in UTC (Graph converts for display). A conference
 * link goes into the body: `onlineMeeting` is read-only in Graph except for Teams meetings.
 */
function graphEventBody(event: CalendarEventInput): Record<string, unknown> {
  const text =
    event.conference === undefined ? event.description : `${event.description}\n\n${event.conference.url}`.trim();
  return {
    subject: event.title,
    body: { contentType: 'text', content: text },
    start: { dateTime: new Date(event.startMs).toISOString().slice(0, 23), timeZone: 'UTC' },
    end: { dateTime: new Date(event.endMs).toISOString().slice(0, 23), timeZone: 'UTC' },
    location: { displayName: event.location ?? '' },
    showAs: 'busy',
    attendees: event.attendees.map((attendee) => ({
      emailAddress: { address: attendee.email, ...(attendee.name === undefined ? {} : { name: attendee.name }) },
      type: attendee.optional === true ? 'optional' : 'required',
    })),
    singleValueExtendedProperties: [{ id: SLASH_UID_PROPERTY_ID, value: event.uid }],
  };
}

/** The path of a nextLink relative to the versioned root, or undefined when absent or foreign. */
function relativeNextLink(root: string, nextLink: string | undefined): string | undefined {
  const prefix = `${root}/${VERSION}/`;
  if (nextLink === undefined || !nextLink.startsWith(prefix)) return undefined;
  return `/${nextLink.slice(prefix.length)}`;
}

/** A GraphError as a ProviderHttpError (status, Retry-After, Graph error code). */
export function toGraphProviderError(error: unknown): unknown {
  if (!(error instanceof GraphError) || error.statusCode <= 0) return error;
  const retryAfter = error.headers?.get('retry-after') ?? undefined;
  return new ProviderHttpError(error.statusCode, `Microsoft Graph answered ${error.statusCode}`, {
    retryAfter,
    reason: error.code ?? undefined,
  });
}
