/**
 * The add-in sign-in hand-off over HTTP (ADDINS.md §2 dialog fallback, §4 Gmail linking): start →
 * provider (OpenID stand-in) → callback → finish, and what finish hands over: an `addin` session
 * token in the Outlook dialog page's fragment, or a "linked" page for Gmail.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JWTPayload } from 'jose';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { STATE_COOKIE } from '@slash/api/accounts/routes';
import { hashToken, SESSION_COOKIE } from '@slash/api/accounts/session-service';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startOpenIdStandIn, type OpenIdStandIn } from '../../stand-ins/openid-provider-stand-in.js';

const NOW_S = Math.floor(Date.parse('2026-03-02T08:00:00Z') / 1000);
const DIALOG = '/addin/outlook/sign-in.html';
const TENANT = '11111111-1111-1111-1111-111111111111';

describe('add-in sign-in hand-off', () => {
  let test: TestApp;
  let google: OpenIdStandIn;
  let microsoft: OpenIdStandIn;

  beforeAll(async () => {
    google = await startOpenIdStandIn({ clientId: 'slash-google' });
    microsoft = await startOpenIdStandIn({ clientId: 'slash-ms', issuer: 'pending' });
    (microsoft as { issuer: string }).issuer = `${microsoft.url}/${TENANT}/v2.0`;
    test = await createTestApp({
      config: {
        publicBaseUrl: 'https://slash.test',
        googleClientId: 'slash-google',
        googleClientSecret: 'g-secret',
        googleIssuer: google.url,
        googleAuthorizeUrl: `${google.url}/authorize`,
        googleTokenUrl: `${google.url}/token`,
        googleJwksUrl: `${google.url}/jwks`,
        googleApiRootUrl: `${google.url}/`,
        microsoftClientId: 'slash-ms',
        microsoftClientSecret: 'm-secret',
        microsoftIssuerTemplate: `${microsoft.url}/{tenantid}/v2.0`,
        microsoftAuthorizeUrl: `${microsoft.url}/authorize`,
        microsoftTokenUrl: `${microsoft.url}/token`,
        microsoftJwksUrl: `${microsoft.url}/jwks`,
      },
    });
  });
  afterAll(async () => {
    await test.close();
    await google.close();
    await microsoft.close();
  });

  const get = (url: string, options: { session?: string; language?: string } = {}) =>
    test.app.inject({
      method: 'GET',
      url,
      ...(options.session === undefined ? {} : { cookies: { [SESSION_COOKIE]: options.session } }),
      ...(options.language === undefined ? {} : { headers: { 'accept-language': options.language } }),
    });
  const location = (response: LightMyRequestResponse) => {
    expect(response.statusCode).toBe(302);
    return String(response.headers.location);
  };
  const expectPrivatePage = (response: LightMyRequestResponse) => {
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  };

  /** Follows start → web sign-in → provider → callback; returns the finish URL and the web session. */
  async function signInFrom(startUrl: string, claims: JWTPayload) {
    const start = await get(startUrl);
    expectPrivatePage(start);
    const webStart = location(start);
    expect(webStart).toMatch(/^\/v1\/auth\/(google|microsoft)\/start\?returnTo=/);
    const provider = webStart.startsWith('/v1/auth/google') ? 'google' : 'microsoft';
    const toProvider = await get(webStart);
    const state = toProvider.cookies.find((cookie) => cookie.name === STATE_COOKIE)!.value;
    const code = (provider === 'google' ? google : microsoft).approve(location(toProvider), claims);
    const callback = await test.app.inject({
      method: 'GET',
      url: `/v1/auth/${provider}/callback?${new URLSearchParams({ code, state }).toString()}`,
      cookies: { [STATE_COOKIE]: state },
    });
    const session = callback.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
    return { provider, finishUrl: location(callback), session };
  }

  const tokenOf = (dialogUrl: string) => {
    const [path, fragment = ''] = dialogUrl.split('#');
    expect(path).toBe(DIALOG);
    return new URLSearchParams(fragment).get('token') ?? '';
  };
  const me = (token: string) =>
    test.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });

  it('Outlook: start → Google → callback → finish hands an addin token to the dialog page in the fragment', async () => {
    const { finishUrl, session } = await signInFrom(
      `/auth/addin/start?return_to=${encodeURIComponent(DIALOG)}&provider=google`,
      {
        sub: 'outlook-g-1',
        email: 'olga@example.org',
        email_verified: true,
        name: 'Olga',
      },
    );
    expect(finishUrl).toMatch(/^\/auth\/addin\/finish\?/);
    const finish = await get(finishUrl, { session });
    expectPrivatePage(finish);
    const dialogUrl = location(finish);
    expect(dialogUrl).not.toContain('?');
    const token = tokenOf(dialogUrl);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(token).not.toBe(session);

    const answer = await me(token);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ email: 'olga@example.org', name: 'Olga' });
    const row = await test.runtime.database.executeSql(
      `select kind, expires_at = timestamptz '2026-04-01T08:00:00Z' as within_ttl from sessions where token_hash = $1`,
      [hashToken(token)],
    );
    expect(row.rows).toEqual([{ kind: 'addin', within_ttl: true }]);
    // The token is never logged (fragments are not sent; the Location header is not logged).
    expect(test.logs.join('\n')).not.toContain(token);

    // 30 days from the (fixed) clock; revocable: logging the add-in out ends that session only.
    const logout = await test.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
    expect((await get('/v1/me', { session })).statusCode).toBe(200);
  });

  it('Outlook through Microsoft: the dialog token carries the (tid, oid) account of the sign-in', async () => {
    const { provider, finishUrl, session } = await signInFrom(
      `/auth/addin/start?client=outlook&return_to=${encodeURIComponent(DIALOG)}`,
      {
        iss: `${microsoft.url}/${TENANT}/v2.0`,
        tid: TENANT,
        oid: 'oid-olive',
        sub: 'pairwise-olive',
        email: 'olive@example.org',
        name: 'Olive',
      },
    );
    expect(provider).toBe('microsoft');
    const answer = await me(tokenOf(location(await get(finishUrl, { session }))));
    expect(answer.json()).toMatchObject({ email: 'olive@example.org' });
  });

  it('already signed in on the web: start goes straight to finish', async () => {
    const { session } = await signInFrom('/auth/addin/start?provider=google', {
      sub: 'outlook-g-2',
      email: 'pia@example.org',
    });
    const finishUrl = location(await get(`/auth/addin/start?return_to=${encodeURIComponent(DIALOG)}`, { session }));
    expect(finishUrl).toBe(`/auth/addin/finish?client=outlook&return_to=${encodeURIComponent(DIALOG)}`);
    expect((await me(tokenOf(location(await get(finishUrl, { session }))))).json()).toMatchObject({
      email: 'pia@example.org',
    });
  });

  it('C6: a foreign or non-dialog return_to never receives the token: the dialog page does', async () => {
    const { session } = await signInFrom('/auth/addin/start?provider=google', {
      sub: 'outlook-g-3',
      email: 'rui@example.org',
    });
    for (const foreign of [
      'https://evil.example/steal',
      '//evil.example/steal',
      '/\\evil.example',
      '/v1/auth/google/start',
      '/app',
    ]) {
      const start = location(
        await get(`/auth/addin/start?client=outlook&return_to=${encodeURIComponent(foreign)}`, { session }),
      );
      expect(start).toBe(`/auth/addin/finish?client=outlook&return_to=${encodeURIComponent(DIALOG)}`);
      const finish = location(
        await get(`/auth/addin/finish?client=outlook&return_to=${encodeURIComponent(foreign)}`, { session }),
      );
      expect(finish.startsWith(`${DIALOG}#token=`)).toBe(true);
    }
    // Signed out, start normalises too, inside the web sign-in's return path.
    const webStart = location(
      await get(`/auth/addin/start?client=outlook&return_to=${encodeURIComponent('//evil.example')}`),
    );
    expect(new URL(webStart, 'https://slash.test').searchParams.get('returnTo')).toBe(
      `/auth/addin/finish?client=outlook&return_to=${encodeURIComponent(DIALOG)}&after=sign-in`,
    );
  });

  it('S1: identity fields in the query are refused and open no session', async () => {
    const { session } = await signInFrom('/auth/addin/start?provider=google', {
      sub: 'outlook-g-4',
      email: 'sam@example.org',
    });
    const before = await test.runtime.database.executeSql('select count(*)::int as n from sessions');
    for (const field of ['email=victim@example.org', 'sub=victim', 'clientId=00000000-0000-0000-0000-000000000000']) {
      const response = await get(`/auth/addin/finish?client=outlook&${field}`, { session });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const after = await test.runtime.database.executeSql('select count(*)::int as n from sessions');
    expect(after.rows).toEqual(before.rows);
  });

  it('signed out, finish goes back to start; just after a sign-in it tells the pane instead of looping', async () => {
    const out = await get(`/auth/addin/finish?client=outlook&return_to=${encodeURIComponent(DIALOG)}&provider=google`);
    expectPrivatePage(out);
    expect(location(out)).toBe(
      `/auth/addin/start?client=outlook&return_to=${encodeURIComponent(DIALOG)}&provider=google`,
    );
    expect(location(await get('/auth/addin/finish?client=gmail'))).toBe('/auth/addin/start?client=gmail');
    // A revoked or unknown session is signed out too.
    expect(location(await get('/auth/addin/finish?client=outlook', { session: 'x'.repeat(43) }))).toMatch(
      /^\/auth\/addin\/start\?/,
    );

    const looped = location(
      await get(`/auth/addin/finish?client=outlook&after=sign-in`, { language: 'fr-FR,fr;q=0.9' }),
    );
    const [path, fragment = ''] = looped.split('#');
    expect(path).toBe(DIALOG);
    expect(new URLSearchParams(fragment).get('token')).toBeNull();
    expect(new URLSearchParams(fragment).get('error')).toContain('cookies');
    expect(new URLSearchParams(fragment).get('error')).toContain('Autorisez');
    const gmail = await get('/auth/addin/finish?client=gmail&after=sign-in');
    expect(gmail.statusCode).toBe(200);
    expect(gmail.body).toContain('href="/auth/addin/start?client=gmail">Try again');
  });

  it('the Outlook dialog (no client, no provider) offers Microsoft or Google, in English or French, without script', async () => {
    const url = `/auth/addin/start?return_to=${encodeURIComponent(DIALOG)}`;
    const english = await get(url, { language: 'en-GB,en;q=0.9,fr;q=0.8' });
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toBe('text/html; charset=utf-8');
    expectPrivatePage(english);
    expect(english.headers['content-security-policy']).toContain("script-src 'self'");
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).not.toMatch(/<script|\son\w+=/i);
    const query = `return_to=${encodeURIComponent(DIALOG)}`;
    expect(english.body).toContain(
      `href="/auth/addin/start?client=outlook&amp;${query}&amp;provider=microsoft">Continue with Microsoft`,
    );
    expect(english.body).toContain(
      `href="/auth/addin/start?client=outlook&amp;${query}&amp;provider=google">Continue with Google`,
    );
    expect(english.body.indexOf('Microsoft')).toBeLessThan(english.body.indexOf('Google'));

    const french = await get(url, { language: 'fr-CA,fr;q=0.9,en;q=0.5' });
    expect(french.body).toContain('<html lang="fr">');
    expect(french.body).toContain('Continuer avec Microsoft');
    expect(french.headers['content-language']).toBe('fr');
    // An explicit Outlook client defaults to Microsoft, Gmail always to Google.
    expect(location(await get('/auth/addin/start?client=outlook'))).toMatch(/^\/v1\/auth\/microsoft\/start\?/);
    expect(location(await get('/auth/addin/start?client=gmail&provider=microsoft'))).toMatch(
      /^\/v1\/auth\/google\/start\?/,
    );
  });

  it("Gmail: signing in with Google links the identity the add-on's ID token maps to; no session is handed out", async () => {
    const sessionsBefore = await test.runtime.database.executeSql('select count(*)::int as n from sessions');
    const { provider, finishUrl, session } = await signInFrom('/auth/addin/start?client=gmail', {
      sub: 'gmail-sub-1',
      email: 'gaby@example.org',
      email_verified: true,
      name: 'Gaby',
    });
    expect(provider).toBe('google');
    const linked = await get(finishUrl, { session, language: 'fr' });
    expect(linked.statusCode).toBe(200);
    expectPrivatePage(linked);
    expect(linked.body).toContain('gaby@example.org');
    expect(linked.body).toContain('Gmail est relié à Slash');
    expect(linked.body).not.toMatch(/<script|token=/i);
    // Only the web session of the sign-in: the add-on needs no Slash token.
    const sessionsAfter = await test.runtime.database.executeSql('select count(*)::int as n from sessions');
    expect(sessionsAfter.rows[0]?.n).toBe(Number(sessionsBefore.rows[0]?.n) + 1);

    // What ScriptApp.getIdentityToken() sends: a Google ID token for the same subject, no nonce.
    const addonToken = await google.sign({
      iss: google.url,
      aud: 'slash-google',
      sub: 'gmail-sub-1',
      iat: NOW_S,
      exp: NOW_S + 600,
      email: 'gaby@example.org',
    });
    const answer = await me(addonToken);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ email: 'gaby@example.org', name: 'Gaby' });
    const identity = await createAccountsRepository(test.runtime.database.db).findIdentity(google.url, 'gmail-sub-1');
    expect(identity?.clientId).toBe((answer.json() as { id: string }).id);
  });

  it('Gmail with a Microsoft-only web session: finish sends the browser to Google first', async () => {
    const { session } = await signInFrom('/auth/addin/start?client=outlook&provider=microsoft', {
      iss: `${microsoft.url}/${TENANT}/v2.0`,
      tid: TENANT,
      oid: 'oid-mika',
      sub: 'pairwise-mika',
      email: 'mika@example.org',
    });
    const next = location(await get('/auth/addin/finish?client=gmail', { session }));
    expect(next).toMatch(/^\/v1\/auth\/google\/start\?returnTo=/);
    expect(new URL(next, 'https://slash.test').searchParams.get('returnTo')).toBe(
      '/auth/addin/finish?client=gmail&after=sign-in',
    );
  });
});
