/**
 * A real OpenID provider (`oidc-provider` v9) on an ephemeral loopback port, for tests of the whole
 * sign-in dance: authorization endpoint, its development login and consent pages
 * (`features.devInteractions`: any password, the login name is the account id), token endpoint
 * with PKCE required and `client_secret_post`, JWKS with a fresh RS256 key, and an in-memory
 * account store the test fills with `setAccount`.
 *
 * ID tokens carry `email` and `name` (`conformIdTokenClaims: false`), as Google's do: our sign-in
 * reads the identity from the ID token and never calls userinfo. Token endpoint calls are counted
 * (C2: a refused callback must not reach it).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account } from 'oidc-provider';

/** Someone who can sign in at the provider: type `sub` as the login name, any password. */
export interface ProviderAccount {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
  /** Defaults to true (Google marks its own addresses verified). */
  readonly isEmailVerified?: boolean;
}

/** Options of startOidcProvider. */
export interface OidcProviderOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Exact redirect URIs of our client (the app's callback). */
  readonly redirectUris: readonly string[];
  /** Scopes beyond `openid email profile` the client may ask for (e.g. the calendar scope). */
  readonly extraScopes?: readonly string[];
}

/** The running provider. */
export interface OidcProvider {
  readonly issuer: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly jwksUrl: string;
  /** Adds or replaces an account; it signs in by typing its `sub` as the login name. */
  setAccount(account: ProviderAccount): void;
  /** POST requests received by the token endpoint so far. */
  readonly tokenRequests: number;
  close(): Promise<void>;
}

/** Starts the provider on 127.0.0.1 with one confidential client. */
export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProvider> {
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    response.writeHead(503).end();
  };
  let tokenRequests = 0;
  const server = createServer((request, response) => {
    if (request.method === 'POST' && new URL(request.url ?? '/', 'http://x').pathname === '/token') tokenRequests += 1;
    handle(request, response);
  });
  // The issuer must contain the port, so the server listens before the provider exists.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const accounts = new Map<string, ProviderAccount>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [...options.redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'email', 'profile', ...(options.extraScopes ?? [])],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds) keep the provider from printing a notice per artifact type.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600 },
    findAccount: (_context, id) => {
      const account = accounts.get(id);
      return account === undefined ? undefined : toOidcAccount(account);
    },
  });
  handle = provider.callback();

  return {
    issuer,
    authorizeUrl: provider.urlFor('authorization'),
    tokenUrl: provider.urlFor('token'),
    jwksUrl: provider.urlFor('jwks'),
    setAccount: (account) => {
      accounts.set(account.sub, account);
    },
    get tokenRequests() {
      return tokenRequests;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

function toOidcAccount(account: ProviderAccount): Account {
  return {
    accountId: account.sub,
    claims: () => ({
      sub: account.sub,
      email: account.email,
      email_verified: account.isEmailVerified ?? true,
      name: account.name,
    }),
  };
}

/** A fresh RS256 signing key as a private JWK (the provider publishes its public part). */
function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(6).toString('hex'), alg: 'RS256', use: 'sig' };
}
