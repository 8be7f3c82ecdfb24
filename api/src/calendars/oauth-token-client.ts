/**
 * The OAuth 2.0 token endpoint (RFC 6749 §6): refreshes an access token. `invalid_grant` means the
 * grant is gone (revoked, expired, password changed): the connection must be reconnected.
 */
import { ProviderHttpError } from './retry-policy.js';

/** Where and as whom to refresh. */
export interface TokenEndpoint {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** A fresh grant. `refreshToken` is set when the provider rotated it (Microsoft does). */
export interface TokenGrant {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly expiresInSeconds: number;
  readonly scopes: string[] | undefined;
}

/** The provider refused the refresh token for good. */
export class InvalidGrantError extends Error {
  override readonly name = 'InvalidGrantError';
}

/** Exchanges a refresh token for a new access token. */
export async function refreshAccessToken(
  endpoint: TokenEndpoint,
  refreshToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<TokenGrant> {
  const response = await fetchImpl(endpoint.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: endpoint.clientId,
      client_secret: endpoint.clientSecret,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    if (body.error === 'invalid_grant')
      throw new InvalidGrantError('the provider refused the refresh token (invalid_grant)');
    throw new ProviderHttpError(response.status, `token endpoint answered ${response.status}`, {
      retryAfter: response.headers.get('retry-after') ?? undefined,
    });
  }
  if (typeof body.access_token !== 'string')
    throw new ProviderHttpError(502, 'token endpoint answered without access_token');
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    expiresInSeconds: typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in ?? 3600),
    scopes: typeof body.scope === 'string' ? body.scope.split(' ').filter((scope) => scope !== '') : undefined,
  };
}
