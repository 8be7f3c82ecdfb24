/**
 * Revoking a provider grant when a client disconnects a calendar or erases their account (SECURITY
 * C10, privacy policy §6): deleting our copy of a token is not enough, the provider must stop honouring
 * it. Google has a revocation endpoint (RFC 7009 style); Microsoft offers none for a delegated grant
 * without extra admin scopes, so there the grant dies with our copy and its expiry; CalDAV passwords
 * and the built-in calendar have nothing to revoke.
 */
import type { ConnectionTokens } from './connection-tokens.js';
import type { CalendarConnection } from './repository.js';
import { ProviderUnavailableError } from '../errors/domain-error.js';

/** Revokes one connection's grant at its provider, if the provider supports it. */
export type RevokeGrant = (connection: CalendarConnection) => Promise<void>;

/** Creates the revoker over the Google revocation endpoint. */
export function createGrantRevoker(deps: {
  readonly tokens: ConnectionTokens;
  readonly googleRevokeUrl: string;
  readonly fetch: typeof fetch;
}): RevokeGrant {
  return async (connection) => {
    if (connection.provider !== 'google') return;
    // Revoking the refresh token revokes the whole grant, access tokens included.
    const token = deps.tokens.readRefreshToken(connection) ?? deps.tokens.readSecret(connection);
    if (token === undefined) return;
    const response = await deps.fetch(deps.googleRevokeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    // 400 means the token is already invalid (revoked or expired): the goal is reached.
    if (!response.ok && response.status !== 400) {
      // Nothing is deleted then: the client (or the erasure job) tries again, so no live grant is forgotten.
      throw new ProviderUnavailableError(
        `Google could not revoke the calendar access (HTTP ${response.status}); try again.`,
      );
    }
  };
}
