/**
 * Sessions: a random 256-bit token given to the client (cookie or bearer), only its SHA-256 hash
 * stored (a database leak yields no usable session). Revocable; expiring.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ClientPrincipal } from '../auth/auth-class.js';
import type { Clock } from '../clock.js';
import type { AccountsRepository } from './repository.js';

/** Name of the web session cookie; `__Host-` forces Secure, Path=/ and no Domain (SECURITY.md S1). */
export const SESSION_COOKIE = '__Host-slash_session';
const DAY_MS = 86_400_000;

/** SHA-256 of a token, hex; what the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh random token of `bytes` bytes (default 32 = 256 bits), URL-safe. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Creates, checks and revokes sessions. */
export function createSessionService(deps: { accounts: AccountsRepository; clock: Clock }) {
  const { accounts, clock } = deps;
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
      });
      return { token, sessionId: session.id };
    },
    /** The client behind a request's bearer token or session cookie, if valid. */
    async authenticate(request: FastifyRequest): Promise<ClientPrincipal | undefined> {
      const token = bearerToken(request) ?? request.cookies?.[SESSION_COOKIE];
      if (token === undefined || token.length < 20 || token.length > 200) return undefined;
      const session = await accounts.findLiveSession(hashToken(token), clock.nowMs());
      return session === undefined ? undefined : { clientId: session.clientId, sessionId: session.id };
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
