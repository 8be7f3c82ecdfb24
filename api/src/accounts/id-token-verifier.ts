/**
 * Verification of ID tokens and add-in access tokens with `jose` (SECURITY.md C3, C4): signature
 * against the provider's JWKS from configuration (never `jku`/`x5u`/`jwk` headers: jose only uses
 * the key set we give it), RS256 only, exact issuer, audience, exp/nbf/iat with 60 s of skew, and
 * the nonce of the sign-in. Microsoft is multi-tenant: the expected issuer is the configured
 * template with the token's own `tid`, and the identity is (tid, oid), never the email (S3).
 */
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { Clock } from '../clock.js';

/** How one provider's tokens are checked. */
export interface TokenIssuerSettings {
  readonly provider: 'google' | 'microsoft';
  readonly jwksUrl: string;
  /** Exact issuer; for Microsoft a template where `{tenantid}` is the token's `tid`. */
  readonly issuer: string;
  readonly audience: string | readonly string[];
}

/** The stable identity a valid token proves. */
export interface VerifiedIdentity {
  readonly provider: 'google' | 'microsoft';
  readonly issuer: string;
  readonly subject: string;
  readonly email: string;
  readonly isEmailVerified: boolean;
  readonly name: string;
  readonly claims: JWTPayload;
}

/** A token failed verification; the message is for logs only. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** Verifies tokens of one provider. */
export function createTokenVerifier(settings: TokenIssuerSettings, clock: Clock) {
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { cooldownDuration: 30_000 });
  return {
    /**
     * True when `iss` (the authorization response's `iss`, RFC 9207) names this provider: the exact
     * issuer, or for Microsoft the template with any tenant id.
     */
    isOwnIssuer(iss: string): boolean {
      if (!settings.issuer.includes('{tenantid}')) return iss === settings.issuer;
      const [before = '', after = ''] = settings.issuer.split('{tenantid}');
      const tenant =
        iss.startsWith(before) && iss.endsWith(after) ? iss.slice(before.length, iss.length - after.length) : '';
      return /^[0-9a-f-]{36}$/i.test(tenant);
    },
    /**
     * Verifies `token`; `nonce` is required for ID tokens of a sign-in; `requiredScope` for add-in
     * access tokens (Microsoft `scp`).
     */
    async verify(
      token: string,
      expectations: { nonce?: string; requiredScope?: string } = {},
    ): Promise<VerifiedIdentity> {
      let unverified: JWTPayload;
      try {
        const header = decodeProtectedHeader(token);
        if (
          header.typ !== undefined &&
          header.typ.toLowerCase() === 'at+jwt' &&
          expectations.requiredScope === undefined
        ) {
          throw new InvalidTokenError('an access token is not an ID token');
        }
        unverified = decodeJwt(token);
      } catch (error) {
        throw new InvalidTokenError('not a JWT', { cause: error });
      }
      const issuer = expectedIssuer(settings, unverified);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer,
          audience: typeof settings.audience === 'string' ? settings.audience : [...settings.audience],
          algorithms: ['RS256'],
          clockTolerance: 60,
          currentDate: new Date(clock.nowMs()),
          requiredClaims: ['sub', 'iat', 'exp'],
        }));
      } catch (error) {
        throw new InvalidTokenError(`token rejected: ${(error as Error).message}`, { cause: error });
      }
      if (expectations.nonce !== undefined && payload.nonce !== expectations.nonce)
        throw new InvalidTokenError('nonce mismatch');
      if (expectations.requiredScope !== undefined) {
        const scopes = String(payload.scp ?? '').split(' ');
        if (!scopes.includes(expectations.requiredScope)) throw new InvalidTokenError('required scope missing');
      }
      return toIdentity(settings, issuer, payload);
    },
  };
}

/** The token verifier's interface. */
export type TokenVerifier = ReturnType<typeof createTokenVerifier>;

function expectedIssuer(settings: TokenIssuerSettings, unverified: JWTPayload): string {
  if (!settings.issuer.includes('{tenantid}')) return settings.issuer;
  const tid = unverified.tid;
  if (typeof tid !== 'string' || !/^[0-9a-f-]{36}$/i.test(tid))
    throw new InvalidTokenError('Microsoft token without a tenant id');
  return settings.issuer.replace('{tenantid}', tid);
}

function toIdentity(settings: TokenIssuerSettings, issuer: string, payload: JWTPayload): VerifiedIdentity {
  const isMicrosoft = settings.provider === 'microsoft';
  const subject = isMicrosoft ? payload.oid : payload.sub;
  if (typeof subject !== 'string' || subject === '') throw new InvalidTokenError('token without a stable subject');
  const email = String(payload.email ?? payload.preferred_username ?? '');
  return {
    provider: settings.provider,
    issuer,
    subject,
    email,
    // Microsoft's email claim is not verified (nOAuth): it is only ever an attribute.
    isEmailVerified: !isMicrosoft && payload.email_verified === true,
    name: typeof payload.name === 'string' ? payload.name : '',
    claims: payload,
  };
}
