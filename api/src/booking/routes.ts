/**
 * The public booking API (auth class `public_link`: the token in the path is the credential).
 * Responses carry only allow-listed fields (closed response schemas, S6), are never cached,
 * indexed or leaked through Referer (S13), and are rate-limited per token as well as per IP.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AlreadyBookedProblemSchema,
  BookingConfirmationSchema,
  CreateBookingBodySchema,
  ManagedBookingViewSchema,
  PublicLinkViewSchema,
  PublicSlotsQuerySchema,
  PublicSlotsViewSchema,
  RescheduleBookingBodySchema,
} from '@slash/shared';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { BookingConflictProblemSchema, ProblemSchema, RescheduleConflictProblemSchema } from './schemas.js';
import type { BookingService } from './service.js';

const TokenSchema = Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' });
const LinkParamsSchema = Type.Object({ token: TokenSchema }, { additionalProperties: false });
const ManageParamsSchema = Type.Object({ manageToken: TokenSchema }, { additionalProperties: false });
const IdempotencyHeadersSchema = Type.Object({
  'idempotency-key': Type.String({ minLength: 8, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' }),
});

/** Requests per minute one token may make (on top of the per-IP limit). */
const PER_TOKEN_PER_MINUTE = 120;

const perToken = {
  max: PER_TOKEN_PER_MINUTE,
  timeWindow: 60_000,
  keyGenerator: (request: FastifyRequest) => {
    const params = request.params as { token?: string; manageToken?: string };
    return `token:${params.token ?? params.manageToken ?? request.ip}`;
  },
};
const config = { auth: 'public_link' as const, rateLimit: perToken };

/** Routes of the booking domain. */
export const bookingRoutes: FastifyPluginAsyncTypebox<{ bookings: BookingService }> = async (app, { bookings }) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-robots-tag', 'noindex');
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/v1/public/links/:token',
    { config, schema: { params: LinkParamsSchema, response: { 200: PublicLinkViewSchema } } },
    async (request) => bookings.linkView(request.params.token),
  );
  app.get(
    '/v1/public/links/:token/slots',
    {
      config,
      schema: {
        params: LinkParamsSchema,
        querystring: PublicSlotsQuerySchema,
        response: { 200: PublicSlotsViewSchema, 409: AlreadyBookedProblemSchema },
      },
    },
    async (request) => bookings.slots(request.params.token, request.query.timeZone),
  );
  app.post(
    '/v1/public/links/:token/bookings',
    {
      config,
      bodyLimit: 16_384,
      schema: {
        params: LinkParamsSchema,
        headers: IdempotencyHeadersSchema,
        body: CreateBookingBodySchema,
        response: { 201: BookingConfirmationSchema, 409: BookingConflictProblemSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await bookings.book(request.params.token, request.body, request.headers['idempotency-key'])),
  );
  app.get(
    '/v1/public/bookings/:manageToken',
    { config, schema: { params: ManageParamsSchema, response: { 200: ManagedBookingViewSchema } } },
    async (request) => bookings.managedView(request.params.manageToken),
  );
  app.get(
    '/v1/public/bookings/:manageToken/invite.ics',
    { config, schema: { params: ManageParamsSchema, response: { 200: Type.String() } } },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="invite.ics"')
        .send(await bookings.inviteIcs(request.params.manageToken)),
  );
  // A cancelled booking answers 409 `booking_cancelled` (see BookingCancelledError).
  app.get(
    '/v1/public/bookings/:manageToken/slots',
    {
      config,
      schema: {
        params: ManageParamsSchema,
        querystring: PublicSlotsQuerySchema,
        response: { 200: PublicSlotsViewSchema, 409: ProblemSchema },
      },
    },
    async (request) => bookings.rescheduleSlots(request.params.manageToken, request.query.timeZone),
  );
  app.post(
    '/v1/public/bookings/:manageToken/cancel',
    { config, bodyLimit: 1024, schema: { params: ManageParamsSchema, response: { 200: ManagedBookingViewSchema } } },
    async (request) => bookings.cancel(request.params.manageToken),
  );
  app.post(
    '/v1/public/bookings/:manageToken/reschedule',
    {
      config,
      bodyLimit: 4096,
      schema: {
        params: ManageParamsSchema,
        body: RescheduleBookingBodySchema,
        response: { 200: BookingConfirmationSchema, 409: RescheduleConflictProblemSchema },
      },
    },
    async (request) => bookings.reschedule(request.params.manageToken, request.body),
  );
};
