/**
 * Sign-in with Google or Microsoft (OpenID Connect authorization code + PKCE S256; C1–C8, S1–S3).
 *
 * `start` makes a 256-bit `state`, a nonce and a PKCE verifier, keeps them server-side (only the
 * state's hash is stored) and returns the authorize URL plus the state for the pre-auth cookie.
 * `finish` requires the callback's state to equal the cookie's and consumes the stored attempt once
 * before any call to the token endpoint; then it verifies the ID token and finds the account by the
 * provider's stable subject — never by email — or creates a new one. Calendar tokens are stored
 * only when the calendar scope was granted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { InvalidInputError } from '../errors/domain-error.js';
import type { AccountsRepository } from './repository.js';
import type { TokenVerifier, VerifiedIdentity } from './id-token-verifier.js';

/** One provider's OAuth client settings (endpoints from configuration). */
export interface SignInProvider {
  readonly name: 'google' | 'microsoft';
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly scopes: readonly string[];
  /** The scope that must be granted before calendar tokens are stored (C8). */
  readonly calendarScope: string;
  readonly extraAuthorizeParams?: Readonly<Record<string, string>>;
  readonly verifier: TokenVerifier;
}

/** Tokens granted at sign-in, handed to the calendars domain. */
export interface SignInGrant {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly expiresInSeconds: number;
  readonly scopes: string[];
}

/** Stores calendar tokens of a fresh sign-in (the calendars domain). */
export type StoreCalendarGrant = (input: {
  clientId: string;
  provider: 'google' | 'microsoft';
  accountEmail: string;
  grant: SignInGrant;
}) => Promise<void>;

/** Sign-in attempts live 10 minutes (C2). */
export const SIGN_IN_TTL_MS = 10 * 60_000;

/** What a finished sign-in yields. */
export interface SignInResult {
  readonly clientId: string;
  readonly isNewAccount: boolean;
  readonly returnTo: string;
  readonly isCalendarConnected: boolean;
}

/** Creates the sign-in service. */
export function createSignInService(deps: {
  accounts: AccountsRepository;
  clock: Clock;
  providers: ReadonlyMap<string, SignInProvider>;
  redirectUri: (provider: string) => string;
  storeCalendarGrant?: StoreCalendarGrant;
  fetch?: typeof fetch;
}) {
  const { accounts, clock } = deps;
  const fetchImpl = deps.fetch ?? fetch;
  const providerOf = (name: string): SignInProvider => {
    const provider = deps.providers.get(name);
    if (provider === undefined) throw new InvalidInputError('provider', 'this sign-in provider is not configured');
    return provider;
  };

  return {
    /** Starts a sign-in: the URL to send the browser to and the state for the pre-auth cookie. */
    async start(providerName: string, returnTo: string | undefined): Promise<{ authorizeUrl: string; state: string }> {
      const provider = providerOf(providerName);
      const state = randomBytes(32).toString('base64url');
      const nonce = randomBytes(32).toString('base64url');
      const codeVerifier = randomBytes(32).toString('base64url');
      await accounts.insertSignInAttempt({
        stateHash: sha256(state),
        provider: provider.name,
        nonce,
        codeVerifier,
        returnTo: safeReturnTo(returnTo),
        expiresAt: new Date(clock.nowMs() + SIGN_IN_TTL_MS),
      });
      const url = new URL(provider.authorizeUrl);
      const params = {
        response_type: 'code',
        client_id: provider.clientId,
        redirect_uri: deps.redirectUri(provider.name),
        scope: provider.scopes.join(' '),
        state,
        nonce,
        code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
        code_challenge_method: 'S256',
        ...provider.extraAuthorizeParams,
      };
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      return { authorizeUrl: url.toString(), state };
    },

    /** Finishes a sign-in from the callback; throws InvalidInputError (400) on any state problem. */
    async finish(
      providerName: string,
      input: {
        code: string | undefined;
        state: string | undefined;
        cookieState: string | undefined;
        iss?: string | undefined;
      },
    ): Promise<SignInResult> {
      const provider = providerOf(providerName);
      // Mix-up defence (RFC 9207, SECURITY C7): a response from another issuer never reaches a token endpoint.
      if (input.iss !== undefined && !provider.verifier.isOwnIssuer(input.iss)) {
        throw new InvalidInputError('iss', 'the sign-in answer came from another provider; start again');
      }
      if (input.state === undefined || input.cookieState === undefined || input.state !== input.cookieState) {
        throw new InvalidInputError('state', 'the sign-in could not be verified; start again');
      }
      const attempt = await accounts.consumeSignInAttempt(sha256(input.state), clock.nowMs());
      if (attempt === undefined || attempt.provider !== provider.name)
        throw new InvalidInputError('state', 'the sign-in expired or was already used; start again');
      if (input.code === undefined || input.code === '')
        throw new InvalidInputError('code', 'the provider sent no authorization code');
      const tokens = await exchangeCode(fetchImpl, provider, {
        code: input.code,
        codeVerifier: attempt.codeVerifier,
        redirectUri: deps.redirectUri(provider.name),
      });
      const identity = await provider.verifier
        .verify(tokens.idToken, { nonce: attempt.nonce })
        .catch((error: unknown) => {
          throw new InvalidInputError(
            'id_token',
            `the provider's identity token was refused (${(error as Error).message})`,
          );
        });
      const { clientId, isNewAccount } = await findOrCreateClient(accounts, identity);
      const isCalendarConnected =
        tokens.scopes.includes(provider.calendarScope) && deps.storeCalendarGrant !== undefined;
      if (isCalendarConnected) {
        await deps.storeCalendarGrant?.({
          clientId,
          provider: provider.name,
          accountEmail: identity.email,
          grant: tokens,
        });
      }
      return { clientId, isNewAccount, returnTo: attempt.returnTo, isCalendarConnected };
    },
  };
}

/** The sign-in service's interface. */
export type SignInService = ReturnType<typeof createSignInService>;

/** Finds the account by (issuer, subject); otherwise a new account. Never by email (S2, S3). */
export async function findOrCreateClient(
  accounts: AccountsRepository,
  identity: VerifiedIdentity,
): Promise<{ clientId: string; isNewAccount: boolean }> {
  const existing = await accounts.findIdentity(identity.issuer, identity.subject);
  if (existing !== undefined) return { clientId: existing.clientId, isNewAccount: false };
  try {
    const client = await accounts.insertClientWithIdentity(
      { email: identity.email, name: identity.name },
      { provider: identity.provider, issuer: identity.issuer, subject: identity.subject, email: identity.email },
    );
    return { clientId: client.id, isNewAccount: true };
  } catch (error) {
    // A concurrent first sign-in of the same subject won the unique (issuer, subject) key.
    const winner = await accounts.findIdentity(identity.issuer, identity.subject);
    if (winner === undefined) throw error;
    return { clientId: winner.clientId, isNewAccount: false };
  }
}

/** Only same-site relative paths; `//evil`, `/\evil` and absolute URLs become `/` (C6). */
export function safeReturnTo(returnTo: string | undefined): string {
  if (returnTo === undefined || !/^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/.test(returnTo) || returnTo.startsWith('//'))
    return '/';
  return returnTo;
}

async function exchangeCode(
  fetchImpl: typeof fetch,
  provider: SignInProvider,
  input: { code: string; codeVerifier: string; redirectUri: string },
) {
  const response = await fetchImpl(provider.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      client_id: provider.clientId,
      client_secret: provider.clientSecret,
      code_verifier: input.codeVerifier,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.id_token !== 'string' || typeof body.access_token !== 'string') {
    throw new InvalidInputError('code', 'the provider refused the authorization code; start again');
  }
  return {
    idToken: body.id_token,
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    expiresInSeconds: typeof body.expires_in === 'number' ? body.expires_in : 3600,
    scopes: typeof body.scope === 'string' ? body.scope.split(' ') : [],
  };
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
