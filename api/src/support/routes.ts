/** `GET /v1/me/support-tickets`: the client sees the tickets opened about their requests. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireClient } from '../auth/auth-class.js';
import { SupportTicketListSchema, toTicketView } from './schemas.js';
import type { SupportService } from './service.js';

export const supportRoutes: FastifyPluginAsyncTypebox<{ support: SupportService }> = async (app, { support }) => {
  app.get(
    '/v1/me/support-tickets',
    { config: { auth: 'client' }, schema: { tags: ['support'], response: { 200: SupportTicketListSchema } } },
    async (request) => {
      const tickets = await support.list({ clientId: requireClient(request).clientId });
      return { tickets: tickets.map(toTicketView) };
    },
  );
};
