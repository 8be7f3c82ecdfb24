/**
 * Issue #5 acceptance: the whole sign-in dance against a real OpenID provider (`oidc-provider`),
 * in the Google slot, driven with plain HTTP: redirects followed by hand, cookies carried per site,
 * the provider's login and consent forms submitted. The app is reached with `inject()` under its
 * public URL; the provider over loopback HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { STATE_COOKIE } from '@slash/api/accounts/routes';
import { SESSION_COOKIE } from '@slash/api/accounts/session-service';
import { GOOGLE_CALENDAR_SCOPE } from '@slash/api/accounts/wiring';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startOidcProvider, type OidcProvider, type ProviderAccount } from '../../stand-ins/oidc-provider.js';

const PUBLIC_BASE_URL = 'https://slash.test';
const CLIENT_ID = 'slash-google';

/** Where a sign-in ended: the callback the provider sent the browser to and the app's answer. */
interface SignInOutcome {
  readonly callbackUrl: URL;
  readonly stateCookie: string;
  readonly statusCode: number;
  readonly location: string | undefined;
  readonly sessionToken: string | undefined;
}

describe('sign-in against a real OpenID provider (oidc-provider)', () => {
  let test: TestApp;
  let provider: OidcProvider;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: 'g-secret',
      redirectUris: [`${PUBLIC_BASE_URL}/v1/auth/google/callback`],
      extraScopes: [GOOGLE_CALENDAR_SCOPE],
    });
    test = await createTestApp({
      // The provider signs with the real time; the app's clock starts there.
      nowMs: Date.now(),
      config: {
        publicBaseUrl: PUBLIC_BASE_URL,
        googleClientId: CLIENT_ID,
        googleClientSecret: 'g-secret',
        googleIssuer: provider.issuer,
        googleAuthorizeUrl: provider.authorizeUrl,
        googleTokenUrl: provider.tokenUrl,
        googleJwksUrl: provider.jwksUrl,
      },
    });
  });
  afterAll(async () => {
    await test?.close();
    await provider?.close();
  });

  /** Signs `account` in from a fresh browser: start, provider login + consent, callback. */
  async function signIn(account: ProviderAccount): Promise<SignInOutcome> {
    provider.setAccount(account);
    test.clock.set(Date.now());
    const started = await test.app.inject({ method: 'GET', url: '/v1/auth/google/start?returnTo=/app' });
    expect(started.statusCode).toBe(302);
    const stateCookie = started.cookies.find((cookie) => cookie.name === STATE_COOKIE)?.value ?? '';
    const callbackUrl = await loginAtProvider(String(started.headers.location), account.sub);
    const callback = await test.app.inject({
      method: 'GET',
      url: callbackUrl.pathname + callbackUrl.search,
      cookies: { [STATE_COOKIE]: stateCookie },
    });
    const session = callback.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    return {
      callbackUrl,
      stateCookie,
      statusCode: callback.statusCode,
      location: callback.headers.location as string | undefined,
      sessionToken: session?.value,
    };
  }

  /** GET /v1/me with a session cookie. */
  async function me(sessionToken: string | undefined) {
    const response = await test.app.inject({
      method: 'GET',
      url: '/v1/me',
      cookies: { [SESSION_COOKIE]: sessionToken ?? '' },
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ id: string; email: string; name: string }>();
  }

  it('signs in through the login and consent pages and creates one account (iss, sub)', async () => {
    const accounts = createAccountsRepository(test.runtime.database.db);
    const before = (await accounts.listClients()).length;
    const tokenRequests = provider.tokenRequests;

    const outcome = await signIn({ sub: 'alice-sub', email: 'alice@example.org', name: 'Alice Martin' });

    // RFC 9207: the provider names itself in the authorization response.
    expect(outcome.callbackUrl.searchParams.get('iss')).toBe(provider.issuer);
    expect(outcome.statusCode).toBe(302);
    expect(outcome.location).toBe('/app');
    expect(provider.tokenRequests).toBe(tokenRequests + 1);
    expect(await me(outcome.sessionToken)).toMatchObject({ email: 'alice@example.org', name: 'Alice Martin' });
    const identity = await accounts.findIdentity(provider.issuer, 'alice-sub');
    expect(identity).toBeDefined();
    expect((await accounts.listClients()).length).toBe(before + 1);
  });

  it('S2, S3: a second sign-in finds the same account; another sub with the same email gets its own', async () => {
    const accounts = createAccountsRepository(test.runtime.database.db);
    const first = await signIn({ sub: 'bruno-sub', email: 'bruno@example.org', name: 'Bruno' });
    const before = (await accounts.listClients()).length;

    const again = await signIn({ sub: 'bruno-sub', email: 'bruno@example.org', name: 'Bruno' });
    expect(again.statusCode).toBe(302);
    expect(again.sessionToken).not.toBe(first.sessionToken);
    expect((await me(again.sessionToken)).id).toBe((await me(first.sessionToken)).id);
    expect((await accounts.listClients()).length).toBe(before);

    const other = await signIn({ sub: 'mallory-sub', email: 'bruno@example.org', name: 'Mallory' });
    expect(other.statusCode).toBe(302);
    const victim = await me(first.sessionToken);
    const stranger = await me(other.sessionToken);
    expect(stranger.id).not.toBe(victim.id);
    expect(stranger.name).toBe('Mallory');
    expect(victim.name).toBe('Bruno');
    expect((await accounts.listClients()).length).toBe(before + 1);
  });

  it('C2: a replayed state gets 400 and the token endpoint receives no call', async () => {
    const outcome = await signIn({ sub: 'carla-sub', email: 'carla@example.org', name: 'Carla' });
    expect(outcome.statusCode).toBe(302);
    const tokenRequests = provider.tokenRequests;

    const replay = await test.app.inject({
      method: 'GET',
      url: outcome.callbackUrl.pathname + outcome.callbackUrl.search,
      cookies: { [STATE_COOKIE]: outcome.stateCookie },
    });

    expect(replay.statusCode).toBe(400);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
    expect(provider.tokenRequests).toBe(tokenRequests);
  });
});

/**
 * Plays the browser at the provider: follows redirects from `authorizeUrl`, submits the login form
 * (login = the account's `sub`, any password) and the consent form, and returns the URL of our
 * callback the provider finally redirects to.
 */
async function loginAtProvider(authorizeUrl: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let request: { url: URL; form?: URLSearchParams } = { url: new URL(authorizeUrl) };
  for (let step = 0; step < 20; step += 1) {
    if (request.url.origin === PUBLIC_BASE_URL) return request.url;
    const response = await fetch(request.url, {
      method: request.form === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      ...(request.form === undefined ? {} : { body: request.form }),
    });
    keepCookies(cookies, response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      request = { url: new URL(location, request.url) };
      continue;
    }
    expect(response.status, `provider page ${request.url.pathname}`).toBe(200);
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"[^>]*method="post"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (action === undefined || prompt === undefined) throw new Error(`no login or consent form at ${request.url}`);
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', login);
      form.set('password', 'any password');
    }
    request = { url: new URL(action.replaceAll('&amp;', '&'), request.url), form };
  }
  throw new Error('the provider never redirected back to the app');
}

/** A cookie jar good enough for one site: later cookies replace earlier ones, expired ones go. */
function keepCookies(cookies: Map<string, string>, setCookies: string[]) {
  for (const setCookie of setCookies) {
    const [pair = '', ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const isExpired = attributes.some((attribute) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute));
    if (isExpired) cookies.delete(name);
    else cookies.set(name, pair.slice(separator + 1).trim());
  }
}
