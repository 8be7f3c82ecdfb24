/**
 * A local stand-in of Google Calendar API v3 and Google's token endpoint, following the documented
 * shapes (https://developers.google.com/calendar/api/v3/reference): calendarList.list, events.list
 * (the caller asks for singleEvents; stored events are already instances; each carries its
 * `iCalUID` and any `extendedProperties`), events.insert (409 on a duplicate id; an event given no
 * iCalUID gets `<id>@google.com`), events.update (the iCalUID stays), events.delete, and errors
 * `{ error: { code, message, errors } }`.
 */
import { answerTokenRequest, createTokenBook, type TokenBook } from './oauth-token-server.js';
import { startStandIn, type Reply, type StandIn } from './http-stand-in.js';

/** An event as Google stores it (the fields Slash reads and writes). */
export type GoogleEvent = Record<string, unknown> & { id: string };

/** The stand-in and its state. */
export interface GoogleStandIn extends StandIn {
  readonly tokens: TokenBook;
  readonly calendars: Map<
    string,
    { summary: string; timeZone: string; primary?: boolean; events: Map<string, GoogleEvent> }
  >;
  /** Requests to the Calendar API (not the token endpoint). */
  apiRequests(): StandIn['requests'];
}

const error = (code: number, message: string, reason: string): Reply => ({
  status: code,
  body: { error: { code, message, errors: [{ domain: 'global', reason, message }] } },
});

/** Starts the stand-in; its token endpoint is `${url}/token`, its API root `${url}/`. */
export async function startGoogleStandIn(): Promise<GoogleStandIn> {
  const tokens = createTokenBook();
  const calendars: GoogleStandIn['calendars'] = new Map();
  const standIn = await startStandIn((request) => {
    if (request.path === '/token' && request.method === 'POST') return answerTokenRequest(tokens, request.body);
    if (request.path === '/revoke' && request.method === 'POST') return answerRevokeRequest(tokens, request.body);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer === undefined || !tokens.validAccessTokens.has(bearer))
      return error(401, 'Invalid Credentials', 'authError');
    if (request.path === '/calendar/v3/users/me/calendarList') {
      return {
        status: 200,
        body: {
          kind: 'calendar#calendarList',
          items: [...calendars].map(([id, c]) => ({
            id,
            summary: c.summary,
            timeZone: c.timeZone,
            primary: c.primary === true,
            accessRole: 'owner',
          })),
        },
      };
    }
    const match = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(request.path);
    const calendar = match === null ? undefined : calendars.get(decodeURIComponent(match[1]!));
    if (match === null || calendar === undefined) return error(404, 'Not Found', 'notFound');
    const eventId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (request.method === 'GET' && eventId === undefined) {
      const fromMs = Date.parse(request.query.get('timeMin') ?? '');
      const toMs = Date.parse(request.query.get('timeMax') ?? '');
      const startOf = (e: GoogleEvent) =>
        Date.parse(
          (e.start as { dateTime?: string; date?: string }).dateTime ??
            `${(e.start as { date: string }).date}T00:00:00Z`,
        );
      const endOf = (e: GoogleEvent) =>
        Date.parse(
          (e.end as { dateTime?: string; date?: string }).dateTime ?? `${(e.end as { date: string }).date}T00:00:00Z`,
        );
      const items = [...calendar.events.values()].filter(
        (e) => e.status !== 'cancelled' && startOf(e) < toMs + 86_400_000 && endOf(e) > fromMs - 86_400_000,
      );
      return { status: 200, body: { kind: 'calendar#events', timeZone: calendar.timeZone, items } };
    }
    if (request.method === 'POST' && eventId === undefined) {
      const body = JSON.parse(request.body) as GoogleEvent;
      // Google gives every event an iCalUID; one it assigns itself ends in @google.com.
      const event = { ...body, iCalUID: body.iCalUID ?? `${body.id}@google.com` };
      if (calendar.events.has(event.id)) return error(409, 'The requested identifier already exists.', 'duplicate');
      calendar.events.set(event.id, event);
      return { status: 200, body: event };
    }
    const existing = eventId === undefined ? undefined : calendar.events.get(eventId);
    if (existing === undefined || existing.status === 'cancelled') return error(404, 'Not Found', 'notFound');
    if (request.method === 'PUT') {
      // The iCalUID of an event never changes once it exists.
      const event = { ...(JSON.parse(request.body) as GoogleEvent), id: existing.id, iCalUID: existing.iCalUID };
      calendar.events.set(existing.id, event);
      return { status: 200, body: event };
    }
    if (request.method === 'DELETE') {
      calendar.events.set(existing.id, { ...existing, status: 'cancelled' });
      return { status: 204 };
    }
    return error(405, 'Method not allowed', 'badRequest');
  });
  return { ...standIn, tokens, calendars, apiRequests: () => standIn.requests.filter((r) => r.path !== '/token') };
}

/**
 * Google's revocation endpoint: a live access or refresh token stops working (200); one already
 * revoked answers 400 invalid_token. The stand-in honours any refresh token not yet revoked.
 */
function answerRevokeRequest(tokens: GoogleStandIn['tokens'], body: string) {
  const token = new URLSearchParams(body).get('token') ?? '';
  if (token === '' || tokens.revokedRefreshTokens.has(token)) return { status: 400, body: { error: 'invalid_token' } };
  tokens.validAccessTokens.delete(token);
  tokens.revokedRefreshTokens.add(token);
  return { status: 200, body: {} };
}
