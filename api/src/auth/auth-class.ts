/**
 * Route auth classes (SECURITY.md S4). Every route must declare one in `config.auth`; a route that
 * does not is refused at registration, so start-up fails before an unprotected route can exist.
 *
 * - `public`: anyone (health, docs, public forms).
 * - `public_link`: anyone holding an unguessable link token; the route checks the token itself.
 * - `client`: a signed-in client (session cookie or bearer token) — `request.client` is set.
 * - `admin`: an admin API key — `request.admin` is set.
 * - `webhook`: a machine caller that proves itself with a signature the route verifies.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UnauthorizedError } from '../errors/domain-error.js';

export const AUTH_CLASSES = ['public', 'public_link', 'client', 'admin', 'webhook'] as const;
/** How a route is protected. */
export type AuthClass = (typeof AUTH_CLASSES)[number];

/** The signed-in client of a request. */
export interface ClientPrincipal {
  readonly clientId: string;
  readonly sessionId: string;
}

/** The admin key of a request; `role` limits what it may do. */
export interface AdminPrincipal {
  readonly keyId: string;
  readonly role: 'admin' | 'support' | 'read_only';
}

/** Resolves credentials of a request, or undefined when there are none or they are invalid. */
export interface Authenticators {
  client?: (request: FastifyRequest) => Promise<ClientPrincipal | undefined>;
  admin?: (request: FastifyRequest) => Promise<AdminPrincipal | undefined>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthClass;
  }
  interface FastifyRequest {
    client: ClientPrincipal | undefined;
    admin: AdminPrincipal | undefined;
  }
}

/** Routes added by ecosystem plugins that cannot take our config: the docs UI is public. */
const PLUGIN_PUBLIC_PREFIXES = ['/docs'];

/** Raised at registration when a route declares no (or an unknown) auth class. */
export class MissingAuthClassError extends Error {
  override readonly name = 'MissingAuthClassError';
}

/** Installs the registration check and the per-request authentication on `app`. */
export function registerAuthClasses(app: FastifyInstance, authenticators: Authenticators): void {
  app.decorateRequest('client', undefined);
  app.decorateRequest('admin', undefined);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { auth?: string };
    if (config.auth === undefined && PLUGIN_PUBLIC_PREFIXES.some((prefix) => route.url.startsWith(prefix))) {
      route.config = { ...route.config, auth: 'public' };
      return;
    }
    if (config.auth === undefined || !(AUTH_CLASSES as readonly string[]).includes(config.auth)) {
      throw new MissingAuthClassError(
        `route ${String(route.method)} ${route.url} declares no auth class: set config.auth to one of ${AUTH_CLASSES.join(', ')}`,
      );
    }
  });
  app.addHook('preHandler', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (auth === 'client') {
      const principal = await authenticators.client?.(request);
      if (principal === undefined) throw new UnauthorizedError('Sign in to Slash to continue.');
      request.client = principal;
    } else if (auth === 'admin') {
      const principal = await authenticators.admin?.(request);
      if (principal === undefined) throw new UnauthorizedError('A valid admin API key is required.');
      request.admin = principal;
    }
  });
}

/** The client of a `client` route (the preHandler guarantees it). */
export function requireClient(request: FastifyRequest): ClientPrincipal {
  if (request.client === undefined) throw new UnauthorizedError('Sign in to Slash to continue.');
  return request.client;
}
