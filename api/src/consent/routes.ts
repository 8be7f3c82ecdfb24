/**
 * Consent routes: the client's newsletter switch (`/v1/me/consents`), and the one-click unsubscribe
 * link (RFC 8058) that works without signing in. GET only shows a page (side-effect free, S12, and
 * safe from link scanners); POST — what mail clients send for `List-Unsubscribe-Post` — withdraws.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireClient } from '../auth/auth-class.js';
import { NotFoundError } from '../errors/domain-error.js';
import { registerFormBodyParsers } from '../privacy/form-body.js';
import { htmlPage } from '../privacy/html-page.js';
import type { ConsentService } from './service.js';

const ConsentStateSchema = Type.Object({ newsletter: Type.Boolean() });
const ConsentEventSchema = Type.Object({
  at: Type.String({ format: 'date-time' }),
  purpose: Type.String(),
  action: Type.String(),
  textVersion: Type.String(),
  source: Type.String(),
});
const TokenParamsSchema = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) });
const LINK_HEADERS = { 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex', 'cache-control': 'no-store' };

export const consentRoutes: FastifyPluginAsyncTypebox<{ consent: ConsentService }> = async (app, { consent }) => {
  registerFormBodyParsers(app);

  app.get(
    '/v1/me/consents',
    {
      config: { auth: 'client' },
      schema: {
        tags: ['consent'],
        response: { 200: Type.Object({ state: ConsentStateSchema, events: Type.Array(ConsentEventSchema) }) },
      },
    },
    async (request) => {
      const { clientId } = requireClient(request);
      const events = await consent.history(clientId);
      return {
        state: { newsletter: await consent.isGranted(clientId, 'newsletter') },
        events: events.map((event) => ({
          at: event.at.toISOString(),
          purpose: event.purpose,
          action: event.action,
          textVersion: event.textVersion,
          source: event.source,
        })),
      };
    },
  );

  app.put(
    '/v1/me/consents/newsletter',
    {
      config: { auth: 'client' },
      schema: {
        tags: ['consent'],
        body: Type.Object({ granted: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: ConsentStateSchema },
      },
    },
    async (request) => {
      const { clientId } = requireClient(request);
      await consent.set({
        clientId,
        purpose: 'newsletter',
        isGranted: request.body.granted,
        source: 'settings',
        actor: 'client',
        actorId: clientId,
      });
      return { newsletter: await consent.isGranted(clientId, 'newsletter') };
    },
  );

  app.get(
    '/unsubscribe/:token',
    {
      config: { auth: 'public_link' },
      schema: { hide: true, params: TokenParamsSchema, response: { 200: Type.String() } },
    },
    async (request, reply) =>
      reply
        .headers(LINK_HEADERS)
        .type('text/html; charset=utf-8')
        .send(
          htmlPage({
            title: 'Unsubscribe from the Slash newsletter',
            body: `<form method="post"><p>Stop receiving the Slash newsletter? Your meetings and booking emails are not affected.</p><button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form>`,
          }),
        ),
  );

  app.post(
    '/unsubscribe/:token',
    {
      config: { auth: 'public_link' },
      schema: { tags: ['consent'], params: TokenParamsSchema, response: { 200: Type.String() } },
    },
    async (request, reply) => {
      if ((await consent.unsubscribe(request.params.token)) === 'invalid')
        throw new NotFoundError('This unsubscribe link is not valid.');
      return reply
        .headers(LINK_HEADERS)
        .type('text/html; charset=utf-8')
        .send(htmlPage({ title: 'Unsubscribed', body: '<p>You will no longer receive the Slash newsletter.</p>' }));
    },
  );
};
