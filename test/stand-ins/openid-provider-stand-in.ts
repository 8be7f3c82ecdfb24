/**
 * A minimal OpenID provider for sign-in tests: JWKS, and a token endpoint that answers an ID token
 * for the code it issued (with the nonce and PKCE challenge of the authorize request). Tests sign
 * forged tokens with `sign` and their own keys. Counts token endpoint calls (C2).
 */
import { createHash, randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';
import { startStandIn, type StandIn } from './http-stand-in.js';

/** A pending authorization: what the user "approved" at the authorize endpoint. */
interface PendingCode {
  readonly nonce: string;
  readonly codeChallenge: string;
  readonly claims: JWTPayload;
  readonly scope: string;
}

/** The stand-in. */
export interface OpenIdStandIn extends StandIn {
  readonly issuer: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: Record<string, unknown>;
  readonly kid: string;
  tokenCalls: number;
  /** Plays the authorize endpoint: returns a code for `authorizeUrl` as if `claims` signed in. */
  approve(authorizeUrl: string, claims: JWTPayload, scope?: string): string;
  /** Signs `claims` as this provider (RS256, our kid) unless overridden. */
  sign(claims: JWTPayload, options?: { key?: CryptoKey; kid?: string; alg?: string; typ?: string }): Promise<string>;
}

/** Starts the stand-in; `issuer` defaults to its URL. */
export async function startOpenIdStandIn(
  options: { clientId: string; issuer?: string } = { clientId: 'slash' },
): Promise<OpenIdStandIn> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `k-${randomBytes(4).toString('hex')}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  let issuer = options.issuer ?? '';
  const sign: OpenIdStandIn['sign'] = (claims, overrides = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: overrides.alg ?? 'RS256', kid: overrides.kid ?? kid, typ: overrides.typ ?? 'JWT' })
      .sign(overrides.key ?? privateKey);
  const standIn: OpenIdStandIn = Object.assign(
    await startStandIn(async (request) => {
      if (request.path === '/jwks') return { status: 200, body: { keys: [publicJwk] } };
      if (request.path === '/token' && request.method === 'POST') {
        standIn.tokenCalls += 1;
        const form = new URLSearchParams(request.body);
        const pending = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        if (
          pending === undefined ||
          createHash('sha256').update(verifier).digest('base64url') !== pending.codeChallenge
        ) {
          return { status: 400, body: { error: 'invalid_grant' } };
        }
        const nowS = Math.floor(Date.parse('2026-03-02T08:00:00Z') / 1000);
        const idToken = await sign({
          iss: issuer,
          aud: options.clientId,
          iat: nowS,
          exp: nowS + 3600,
          nonce: pending.nonce,
          ...pending.claims,
        });
        return {
          status: 200,
          body: {
            access_token: `at-${randomBytes(8).toString('hex')}`,
            refresh_token: `rt-${randomBytes(8).toString('hex')}`,
            expires_in: 3600,
            token_type: 'Bearer',
            id_token: idToken,
            scope: pending.scope,
          },
        };
      }
      return { status: 404, body: { error: 'not_found' } };
    }),
    {
      issuer: '',
      privateKey,
      publicJwk,
      kid,
      tokenCalls: 0,
      approve(authorizeUrl: string, claims: JWTPayload, scope?: string) {
        const url = new URL(authorizeUrl);
        const code = randomBytes(16).toString('hex');
        codes.set(code, {
          nonce: url.searchParams.get('nonce') ?? '',
          codeChallenge: url.searchParams.get('code_challenge') ?? '',
          claims,
          scope: scope ?? url.searchParams.get('scope') ?? '',
        });
        return code;
      },
      sign,
    },
  );
  if (issuer === '') issuer = standIn.url;
  (standIn as { issuer: string }).issuer = issuer;
  return standIn;
}
