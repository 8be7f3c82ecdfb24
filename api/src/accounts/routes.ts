/**
 * Sign-in routes: `GET /v1/auth/:provider/start` (302 to the provider, pre-auth `__Host-` state
 * cookie), `GET /v1/auth/:provider/callback` (one callback path per provider, C7), and
 * `POST /v1/auth/logout`. The web session is a new server-side session at every login (rotation,
 * C11); the previous one, if any, is revoked.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireClient } from '../auth/auth-class.js';
import { SESSION_COOKIE, type SessionService } from './session-service.js';
import { SIGN_IN_TTL_MS, type SignInService } from './sign-in-service.js';

/** The pre-auth cookie holding the sign-in state (C2). */
export const STATE_COOKIE = '__Host-slash_sign_in';

const ProviderParamsSchema = Type.Object(
  { provider: Type.Union([Type.Literal('google'), Type.Literal('microsoft')]) },
  { additionalProperties: false },
);
const cookieOptions = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' as const };

export const authRoutes: FastifyPluginAsyncTypebox<{ signIn: SignInService; sessions: SessionService }> = async (
  app,
  { signIn, sessions },
) => {
  app.get(
    '/v1/auth/:provider/start',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['auth'],
        params: ProviderParamsSchema,
        querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const { authorizeUrl, state } = await signIn.start(request.params.provider, request.query.returnTo);
      reply.setCookie(STATE_COOKIE, state, { ...cookieOptions, maxAge: SIGN_IN_TTL_MS / 1000 });
      return reply.redirect(authorizeUrl, 302);
    },
  );

  app.get(
    '/v1/auth/:provider/callback',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['auth'],
        params: ProviderParamsSchema,
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 4096 })),
          state: Type.Optional(Type.String({ maxLength: 200 })),
          iss: Type.Optional(Type.String({ maxLength: 500 })),
          error: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const cookieState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: '/', secure: true });
      const result = await signIn.finish(request.params.provider, {
        code: request.query.code,
        state: request.query.state,
        cookieState,
        iss: request.query.iss,
      });
      const previous = await sessions.authenticate(request);
      if (previous !== undefined) await sessions.revoke(previous);
      const { token } = await sessions.open(result.clientId, 'web');
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: 30 * 86_400 });
      const separator = result.returnTo.includes('?') ? '&' : '?';
      return reply.redirect(
        result.isCalendarConnected ? result.returnTo : `${result.returnTo}${separator}calendar=not_connected`,
        302,
      );
    },
  );

  app.post(
    '/v1/auth/logout',
    { config: { auth: 'client' }, schema: { tags: ['auth'], response: { 204: Type.Null() } } },
    async (request, reply) => {
      const principal = requireClient(request);
      // Add-in JWTs are not sessions: they expire at the provider; only real sessions are revoked.
      if (!principal.sessionId.startsWith('addin-jwt:')) await sessions.revoke(principal);
      reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true });
      return reply.code(204).send(null);
    },
  );
};
