/**
 * The OAuth token endpoint of a provider (RFC 6749 §5): refresh grants answer a new access token;
 * a refresh token marked revoked answers 400 `invalid_grant`. Counts every call (R4).
 */
import { randomBytes } from 'node:crypto';

/** Token bookkeeping shared by a provider stand-in. */
export interface TokenBook {
  readonly validAccessTokens: Set<string>;
  readonly revokedRefreshTokens: Set<string>;
  refreshCalls: number;
  /** When set, the refresh answers a rotated refresh token (Microsoft behaviour). */
  rotateRefreshTokens: boolean;
  expiresInSeconds: number;
}

/** A fresh token book. */
export function createTokenBook(): TokenBook {
  return {
    validAccessTokens: new Set(),
    revokedRefreshTokens: new Set(),
    refreshCalls: 0,
    rotateRefreshTokens: false,
    expiresInSeconds: 3600,
  };
}

/** Answers a token endpoint request body (form-encoded). */
export function answerTokenRequest(book: TokenBook, body: string): { status: number; body: unknown } {
  const form = new URLSearchParams(body);
  book.refreshCalls += 1;
  if (form.get('grant_type') !== 'refresh_token') return { status: 400, body: { error: 'unsupported_grant_type' } };
  const refreshToken = form.get('refresh_token') ?? '';
  if (book.revokedRefreshTokens.has(refreshToken))
    return { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } };
  const accessToken = `at-${randomBytes(8).toString('hex')}`;
  book.validAccessTokens.add(accessToken);
  return {
    status: 200,
    body: {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: book.expiresInSeconds,
      ...(book.rotateRefreshTokens ? { refresh_token: `rt-${randomBytes(8).toString('hex')}` } : {}),
    },
  };
}
