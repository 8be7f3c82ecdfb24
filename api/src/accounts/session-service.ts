/**
 * Sessions: a random 256-bit token given to the client (cookie or bearer), only its SHA-256 hash
 * stored (a database leak yields no usable session). Revocable; expiring after an absolute lifetime
 * and after an idle period (SECURITY.md C11). A state-changing request authenticated by the cookie
 * must come from our own origin: `Sec-Fetch-Site` or, from older browsers, `Origin` (C12).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ClientPrincipal } from '../auth/auth-class.js';
import type { Clock } from '../clock.js';
import { ForbiddenError } from '../errors/domain-error.js';
import type { AccountsRepository } from './repository.js';

/** Name of the web session cookie; `__Host-` forces Secure, Path=/ and no Domain (SECURITY.md S1). */
export const SESSION_COOKIE = '__Host-slash_session';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Uses closer together than this are not written back (one write a minute per session at most). */
const TOUCH_GRANULARITY_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** SHA-256 of a token, hex; what the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh random token of `bytes` bytes (default 32 = 256 bits), URL-safe. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Creates, checks and revokes sessions. */
export function createSessionService(deps: {
  accounts: AccountsRepository;
  clock: Clock;
  /** Hours without use after which a session is dead (default 12, ASVS 3.3.2 level 2). */
  idleHours?: number;
}) {
  const { accounts, clock } = deps;
  const idleMs = (deps.idleHours ?? 12) * HOUR_MS;
  return {
    /** Opens a session for `clientId`; returns the token to hand out (never stored in clear). */
    async open(
      clientId: string,
      kind: 'web' | 'addin' | 'demo',
      ttlDays = 30,
    ): Promise<{ token: string; sessionId: string }> {
      const token = newToken();
      const session = await accounts.insertSession({
        clientId,
        kind,
        tokenHash: hashToken(token),
        expiresAt: new Date(clock.nowMs() + ttlDays * DAY_MS),
        lastSeenAt: new Date(clock.nowMs()),
      });
      return { token, sessionId: session.id };
    },
    /** The client behind a request's bearer token or session cookie, if valid. */
    async authenticate(request: FastifyRequest): Promise<ClientPrincipal | undefined> {
      const bearer = bearerToken(request);
      const token = bearer ?? request.cookies?.[SESSION_COOKIE];
      if (token === undefined || token.length < 20 || token.length > 200) return undefined;
      const nowMs = clock.nowMs();
      const session = await accounts.findLiveSession(hashToken(token), nowMs);
      if (session === undefined) return undefined;
      const lastSeenMs = (session.lastSeenAt ?? session.createdAt).getTime();
      if (nowMs - lastSeenMs > idleMs) return undefined;
      if (bearer === undefined && isCrossSiteChange(request))
        throw new ForbiddenError('This request came from another site and was refused.');
      if (nowMs - lastSeenMs >= TOUCH_GRANULARITY_MS) await accounts.touchSession(session.id, nowMs);
      return { clientId: session.clientId, sessionId: session.id };
    },
    async revoke(principal: ClientPrincipal): Promise<void> {
      await accounts.revokeSession(principal.sessionId, principal.clientId, clock.nowMs());
    },
  };
}

/** The session service's interface. */
export type SessionService = ReturnType<typeof createSessionService>;

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * A state-changing request sent by another site with our cookie (CSRF): the browser says so in
 * `Sec-Fetch-Site`; without it, an `Origin` whose host is not the one addressed gives it away.
 */
function isCrossSiteChange(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
