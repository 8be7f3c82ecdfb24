/**
 * Add-in sign-in hand-off pages (ADDINS.md §2 dialog fallback, §4 Gmail linking):
 *
 * - `GET /auth/addin/start?return_to&client&provider` (public): signed in → finish; otherwise the
 *   web sign-in (`/v1/auth/:provider/start`) with finish as its return path, or a provider choice.
 * - `GET /auth/addin/finish?…` (client, by the web session cookie; signed out → start): Outlook gets
 *   a fresh `addin` session token in the dialog page's URL fragment; Gmail a "linked" page.
 *
 * Every answer: `Cache-Control: no-store` (a token or a personal page must not be cached),
 * `Referrer-Policy: no-referrer`, English or French by `Accept-Language`, no script.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { requireClient } from '../auth/auth-class.js';
import { UnauthorizedError } from '../errors/domain-error.js';
import {
  chooseProviderPage,
  gmailLinkedPage,
  pickLanguage,
  sessionNotKeptMessage,
  signInFailedPage,
} from './addin-sign-in-pages.js';
import { startPath, type AddinSignInService } from './addin-sign-in-service.js';
import type { SessionService } from './session-service.js';

const HandoffQuerySchema = Type.Object(
  {
    return_to: Type.Optional(Type.String({ maxLength: 500 })),
    client: Type.Optional(Type.Union([Type.Literal('outlook'), Type.Literal('gmail')])),
    provider: Type.Optional(Type.Union([Type.Literal('google'), Type.Literal('microsoft')])),
    /** Set by start on the finish URL it gives the web sign-in (loop guard). */
    after: Type.Optional(Type.Literal('sign-in')),
    /** Added by the web sign-in's callback when the calendar scope was not granted. */
    calendar: Type.Optional(Type.Literal('not_connected')),
  },
  { additionalProperties: false },
);
type HandoffQuery = Static<typeof HandoffQuerySchema>;

const HtmlOrRedirect = { 200: Type.String(), 302: Type.Null() };

/** Options: the hand-off service and the sessions (to see whether the browser is signed in). */
export interface AddinSignInRoutesOptions {
  readonly handoff: AddinSignInService;
  readonly sessions: SessionService;
}

export const addinSignInRoutes: FastifyPluginAsyncTypebox<AddinSignInRoutesOptions> = async (
  app,
  { handoff, sessions },
) => {
  app.addHook('onRequest', async (_request, reply) => {
    reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .header('vary', 'Accept-Language, Cookie');
  });

  app.get(
    '/auth/addin/start',
    {
      config: { auth: 'public' },
      schema: { tags: ['auth'], querystring: HandoffQuerySchema, response: HtmlOrRedirect },
    },
    async (request, reply) => {
      const isSignedIn = (await sessions.authenticate(request)) !== undefined;
      const step = handoff.start(toRequest(request.query), isSignedIn);
      if (step.kind === 'redirect') return reply.redirect(step.location, 302);
      const choices = step.providers.map((provider) => ({ provider, path: startPath(step.handoff, provider) }));
      return sendHtml(reply, request, chooseProviderPage(pickLanguage(request.headers['accept-language']), choices));
    },
  );

  app.get(
    '/auth/addin/finish',
    {
      config: { auth: 'client' },
      schema: { tags: ['auth'], querystring: HandoffQuerySchema, response: HtmlOrRedirect },
      // Signed out is not an API error here: the browser goes (back) through the sign-in.
      errorHandler: async (error, request, reply) => {
        if (!(error instanceof UnauthorizedError)) throw error;
        return signedOut(request as FastifyRequest<{ Querystring: HandoffQuery }>, reply);
      },
    },
    async (request, reply) => {
      const step = await handoff.finish(requireClient(request), toRequest(request.query));
      if (step.kind === 'redirect') return reply.redirect(step.location, 302);
      return sendHtml(reply, request, gmailLinkedPage(pickLanguage(request.headers['accept-language']), step));
    },
  );

  function signedOut(request: FastifyRequest<{ Querystring: HandoffQuery }>, reply: FastifyReply): FastifyReply {
    const query = request.query;
    const step = handoff.signedOut(toRequest(query), query.after === 'sign-in');
    if (step.kind === 'redirect') return reply.redirect(step.location, 302);
    const language = pickLanguage(request.headers['accept-language']);
    if (step.handoff.client === 'outlook') {
      // The dialog page passes `error` to the pane, which shows it.
      const fragment = new URLSearchParams({ error: sessionNotKeptMessage(language) }).toString();
      return reply.redirect(`${step.handoff.returnTo}#${fragment}`, 302);
    }
    return sendHtml(reply, request, signInFailedPage(language, step.retryPath));
  }
};

function toRequest(query: HandoffQuery) {
  return { client: query.client, provider: query.provider, returnTo: query.return_to };
}

function sendHtml(reply: FastifyReply, request: FastifyRequest, html: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-language', pickLanguage(request.headers['accept-language']))
    .send(html);
}
