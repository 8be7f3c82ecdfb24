/**
 * Client routes of the calendars domain: connections and calendars (never a token in a response),
 * the calendar flags, CalDAV connect, disconnect, and the built-in calendar's ICS feed.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireClient } from '../auth/auth-class.js';
import type { Clock } from '../clock.js';
import { NotFoundError } from '../errors/domain-error.js';
import { buildCalendarFeed } from './feed-ics.js';
import { signFeedToken, verifyFeedToken } from './feed-token.js';
import {
  CalendarSchema,
  ConnectCaldavBodySchema,
  ConnectionSchema,
  FeedLinkSchema,
  FeedQuerySchema,
  IdParamsSchema,
  UpdateCalendarBodySchema,
} from './schemas.js';
import type { CalendarService } from './service.js';

/** Options of the calendars plugin. */
export interface CalendarRoutesOptions {
  readonly calendars: CalendarService;
  readonly clock: Clock;
  readonly signingSecret: string | undefined;
  readonly publicBaseUrl: string;
  /** Connects a CalDAV account (discovery + encrypted credentials); absent = CalDAV disabled. */
  readonly connectCaldav?: (
    clientId: string,
    input: { url: string; username: string; password: string },
  ) => Promise<{ id: string }>;
}

const FEED_TTL_MS = 366 * 86_400_000;
const FEED_PAST_MS = 90 * 86_400_000;
const FEED_FUTURE_MS = 366 * 86_400_000;

export const calendarRoutes: FastifyPluginAsyncTypebox<CalendarRoutesOptions> = async (app, options) => {
  const { calendars, clock } = options;

  app.get(
    '/v1/connections',
    {
      config: { auth: 'client' },
      schema: { tags: ['calendars'], response: { 200: Type.Object({ connections: Type.Array(ConnectionSchema) }) } },
    },
    async (request) => ({ connections: await calendars.listConnections(requireClient(request).clientId) }),
  );

  app.delete(
    '/v1/connections/:id',
    {
      config: { auth: 'client' },
      schema: { tags: ['calendars'], params: IdParamsSchema, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await calendars.disconnect(requireClient(request).clientId, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/connections/caldav',
    {
      config: { auth: 'client' },
      schema: {
        tags: ['calendars'],
        body: ConnectCaldavBodySchema,
        response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }) }) },
      },
    },
    async (request, reply) => {
      if (options.connectCaldav === undefined) throw new NotFoundError('CalDAV is not enabled on this server.');
      const created = await options.connectCaldav(requireClient(request).clientId, request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/v1/calendars',
    {
      config: { auth: 'client' },
      schema: { tags: ['calendars'], response: { 200: Type.Object({ calendars: Type.Array(CalendarSchema) }) } },
    },
    async (request) => ({ calendars: await calendars.listCalendars(requireClient(request).clientId) }),
  );

  app.patch(
    '/v1/calendars/:id',
    {
      config: { auth: 'client' },
      schema: {
        tags: ['calendars'],
        params: IdParamsSchema,
        body: UpdateCalendarBodySchema,
        response: { 200: CalendarSchema },
      },
    },
    async (request) => calendars.updateCalendar(requireClient(request).clientId, request.params.id, request.body),
  );

  app.post(
    '/v1/calendars/:id/feed-link',
    {
      config: { auth: 'client' },
      schema: { tags: ['calendars'], params: IdParamsSchema, response: { 200: FeedLinkSchema } },
    },
    async (request) => {
      const { clientId } = requireClient(request);
      await calendars.listFeedEvents(clientId, request.params.id, { fromMs: 0, toMs: 1 });
      const token = signFeedToken(
        secretOf(options),
        { clientId, calendarId: request.params.id },
        clock.nowMs() + FEED_TTL_MS,
      );
      return { url: `${options.publicBaseUrl}/v1/feeds/calendar.ics?token=${token}` };
    },
  );

  app.get(
    '/v1/feeds/calendar.ics',
    {
      config: { auth: 'public_link' },
      schema: { tags: ['calendars'], querystring: FeedQuerySchema, response: { 200: Type.String() } },
    },
    async (request, reply) => {
      const payload = verifyFeedToken(secretOf(options), request.query.token, clock.nowMs());
      if (payload === undefined) throw new NotFoundError('No such feed.');
      const nowMs = clock.nowMs();
      const feed = await calendars.listFeedEvents(payload.clientId, payload.calendarId, {
        fromMs: nowMs - FEED_PAST_MS,
        toMs: nowMs + FEED_FUTURE_MS,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .header('x-robots-tag', 'noindex')
        .send(buildCalendarFeed({ name: feed.calendar.name, events: feed.events, stampMs: nowMs }));
    },
  );
};

function secretOf(options: CalendarRoutesOptions): string {
  if (options.signingSecret === undefined) throw new NotFoundError('Calendar feeds need SIGNING_SECRET.');
  return options.signingSecret;
}
