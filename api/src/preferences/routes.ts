/** `GET /v1/me` and `GET/PUT /v1/me/preferences` (signed-in client). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeViewSchema, PreferencesSchema, PreferencesUpdateSchema } from '@slash/shared';
import { requireClient } from '../auth/auth-class.js';
import { NotFoundError } from '../errors/domain-error.js';
import type { ClientDirectory } from './client-directory.js';
import type { PreferencesService } from './service.js';

/** Routes of the preferences domain. */
export const preferencesRoutes: FastifyPluginAsyncTypebox<{
  preferences: PreferencesService;
  clients: ClientDirectory;
}> = async (app, { preferences, clients }) => {
  app.get('/v1/me', { config: { auth: 'client' }, schema: { response: { 200: MeViewSchema } } }, async (request) => {
    const client = await clients.findClient(requireClient(request).clientId);
    if (client === undefined) throw new NotFoundError('No such client.');
    return {
      id: client.id,
      email: client.email,
      name: client.name,
      timeZone: client.timeZone,
      language: client.language === 'en' ? ('en' as const) : ('fr' as const),
    };
  });
  app.get(
    '/v1/me/preferences',
    { config: { auth: 'client' }, schema: { response: { 200: PreferencesSchema } } },
    async (request) => preferences.get(requireClient(request).clientId),
  );
  app.put(
    '/v1/me/preferences',
    { config: { auth: 'client' }, schema: { body: PreferencesUpdateSchema, response: { 200: PreferencesSchema } } },
    async (request) => preferences.update(requireClient(request).clientId, request.body),
  );
};
