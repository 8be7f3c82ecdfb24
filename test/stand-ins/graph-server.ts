/**
 * A local stand-in of Microsoft Graph v1.0 calendars and the Microsoft token endpoint, following the
 * documented shapes (https://learn.microsoft.com/graph/api/resources/event): `GET /me/calendars`,
 * `GET /me/calendars/{id}/calendarView` (stored events are already occurrences, as calendarView
 * returns them; pages of `pageSize` linked by `@odata.nextLink` with `$skiptoken`; extended
 * properties only when `$expand=singleValueExtendedProperties($filter=id eq '…')` names them, as
 * Graph returns none by default), `POST .../events`
 * (a repeated `transactionId` answers the event created first), `GET .../events?$filter=` on the
 * Slash extended property, `PATCH`/`DELETE .../events/{id}`, and errors
 * `{ error: { code, message, innerError } }`.
 */
import { randomUUID } from 'node:crypto';
import { answerTokenRequest, createTokenBook, type TokenBook } from './oauth-token-server.js';
import { startStandIn, type RecordedRequest, type Reply, type StandIn } from './http-stand-in.js';

/** An event as the stand-in stores it (Graph's field names). */
export type GraphStoredEvent = Record<string, unknown> & { id: string };

/** A calendar of the stand-in. */
export interface GraphStoredCalendar {
  name: string;
  isDefaultCalendar?: boolean;
  canEdit?: boolean;
  events: Map<string, GraphStoredEvent>;
}

/** The stand-in and its state. */
export interface GraphStandIn extends StandIn {
  readonly tokens: TokenBook;
  readonly calendars: Map<string, GraphStoredCalendar>;
  /** Events per calendarView page (small values exercise paging). */
  pageSize: number;
  /** Requests to Graph (not the token endpoint). */
  apiRequests(): StandIn['requests'];
}

/** A Graph error body. */
export function graphError(status: number, code: string, message: string, headers?: Record<string, string>): Reply {
  return {
    status,
    ...(headers === undefined ? {} : { headers }),
    body: { error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } } },
  };
}

const EVENTS = /^\/v1\.0\/me\/calendars\/([^/]+)\/(calendarView|events)(?:\/([^/]+))?$/;

/** Starts the stand-in; its token endpoint is `${url}/token`, its Graph root `${url}`. */
export async function startGraphStandIn(): Promise<GraphStandIn> {
  const tokens = createTokenBook();
  const calendars: GraphStandIn['calendars'] = new Map();
  // Read by the handler at request time, so tests may change pageSize between calls.
  let state: { pageSize: number } = { pageSize: 50 };
  const standIn = await startStandIn((request) => {
    if (request.path === '/token' && request.method === 'POST') return answerTokenRequest(tokens, request.body);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer === undefined || !tokens.validAccessTokens.has(bearer))
      return graphError(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
    if (request.method === 'GET' && request.path === '/v1.0/me/calendars') {
      const value = [...calendars].map(([id, c]) => ({
        id,
        name: c.name,
        canEdit: c.canEdit !== false,
        isDefaultCalendar: c.isDefaultCalendar === true,
      }));
      return {
        status: 200,
        body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#me/calendars', value },
      };
    }
    const match = EVENTS.exec(request.path);
    const calendar = match === null ? undefined : calendars.get(decodeURIComponent(match[1]!));
    if (match === null || calendar === undefined)
      return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (match[2] === 'calendarView') return calendarView(request, calendar, state.pageSize, standIn.url);
    return eventsEndpoint(request, calendar, match[3] === undefined ? undefined : decodeURIComponent(match[3]));
  });
  const graph: GraphStandIn = Object.assign(standIn, {
    tokens,
    calendars,
    pageSize: 50,
    apiRequests: () => standIn.requests.filter((r) => r.path !== '/token'),
  });
  state = graph;
  return graph;
}

/** UTC instant of a stored dateTimeTimeZone (the stand-in stores timed events in UTC). */
const instantOf = (time: unknown) => Date.parse(`${String((time as { dateTime: string }).dateTime).slice(0, 19)}Z`);

function calendarView(request: RecordedRequest, calendar: GraphStoredCalendar, pageSize: number, url: string): Reply {
  const fromMs = Date.parse(request.query.get('startDateTime') ?? '');
  const toMs = Date.parse(request.query.get('endDateTime') ?? '');
  if (Number.isNaN(fromMs) || Number.isNaN(toMs))
    return graphError(400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required.');
  // All-day events are stored in their own zone: widen by a day, as a lenient server would.
  const slack = (event: GraphStoredEvent) => (event.isAllDay === true ? 86_400_000 : 0);
  const all = [...calendar.events.values()].filter(
    (e) => instantOf(e.start) < toMs + slack(e) && instantOf(e.end) > fromMs - slack(e),
  );
  const skip = Number(request.query.get('$skiptoken') ?? '0');
  const expanded = expandedPropertyIds(request.query.get('$expand'));
  const value = all.slice(skip, skip + pageSize).map((event) => withExpandedProperties(event, expanded));
  const next = new URLSearchParams(request.query);
  next.set('$skiptoken', String(skip + pageSize));
  const nextLink =
    skip + pageSize < all.length ? { '@odata.nextLink': `${url}${request.path}?${next.toString()}` } : {};
  return {
    status: 200,
    body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(event)', value, ...nextLink },
  };
}

/**
 * The extended property ids a `$expand` asks for: `singleValueExtendedProperties($filter=id eq '…')`
 * (the documented form; ids compare case-insensitively). Undefined: nothing expanded.
 */
function expandedPropertyIds(expand: string | null): Set<string> | undefined {
  const match = /^singleValueExtendedProperties\(\$filter=id eq '((?:[^']|'')*)'\)$/.exec(expand ?? '');
  return match === null ? undefined : new Set([match[1]!.replaceAll("''", "'").toLowerCase()]);
}

/** An event as listed: its extended properties only when expanded, and then only the named ones. */
function withExpandedProperties(event: GraphStoredEvent, ids: Set<string> | undefined): Record<string, unknown> {
  const { singleValueExtendedProperties: stored, ...listed } = event;
  if (ids === undefined) return listed;
  const properties = ((stored ?? []) as { id: string; value: string }[]).filter((p) => ids.has(p.id.toLowerCase()));
  return properties.length === 0 ? listed : { ...listed, singleValueExtendedProperties: properties };
}

function eventsEndpoint(request: RecordedRequest, calendar: GraphStoredCalendar, eventId: string | undefined): Reply {
  const events = calendar.events;
  if (eventId === undefined && request.method === 'GET') {
    const uid = /ep\/value eq '((?:[^']|'')*)'/.exec(request.query.get('$filter') ?? '')?.[1]?.replaceAll("''", "'");
    const value = [...events.values()]
      .filter((e) => uid !== undefined && slashUidOf(e) === uid)
      .map((e) => ({ id: e.id }));
    return { status: 200, body: { value } };
  }
  if (eventId === undefined && request.method === 'POST') {
    const body = JSON.parse(request.body) as Record<string, unknown>;
    const duplicate = [...events.values()].find(
      (e) => body.transactionId !== undefined && e.transactionId === body.transactionId,
    );
    if (duplicate !== undefined) return { status: 201, body: duplicate };
    const event: GraphStoredEvent = {
      ...body,
      id: `AAMk-${randomUUID()}`,
      iCalUId: `040000008200E001${randomUUID().replaceAll('-', '')}`,
      isCancelled: false,
      type: 'singleInstance',
    };
    events.set(event.id, event);
    return { status: 201, body: event };
  }
  const existing = eventId === undefined ? undefined : events.get(eventId);
  if (existing === undefined)
    return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  if (request.method === 'PATCH') {
    const updated = { ...existing, ...(JSON.parse(request.body) as Record<string, unknown>), id: existing.id };
    events.set(existing.id, updated);
    return { status: 200, body: updated };
  }
  if (request.method === 'DELETE') {
    events.delete(existing.id);
    return { status: 204 };
  }
  return graphError(405, 'ErrorInvalidRequest', 'Method not allowed.');
}

/** The Slash UID a stored event carries in its extended property, if any. */
export function slashUidOf(event: GraphStoredEvent): string | undefined {
  const properties = (event.singleValueExtendedProperties ?? []) as { id: string; value: string }[];
  return properties.find((p) => p.id.endsWith('Name SlashUid'))?.value;
}
