import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createTokenVerifier } from '@slash/api/accounts/id-token-verifier';
import { STATE_COOKIE } from '@slash/api/accounts/routes';
import { SESSION_COOKIE } from '@slash/api/accounts/session-service';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startOpenIdStandIn, type OpenIdStandIn } from '../../stand-ins/openid-provider-stand-in.js';

const NOW_S = Math.floor(Date.parse('2026-03-02T08:00:00Z') / 1000);
const TENANT_A = '11111111-1111-1111-1111-111111111111';
const TENANT_B = '22222222-2222-2222-2222-222222222222';

describe('sign-in with OpenID Connect', () => {
  let test: TestApp;
  let google: OpenIdStandIn;
  let microsoft: OpenIdStandIn;

  beforeAll(async () => {
    google = await startOpenIdStandIn({ clientId: 'slash-google' });
    microsoft = await startOpenIdStandIn({ clientId: 'slash-ms', issuer: 'pending' });
    test = await createTestApp({
      config: {
        publicBaseUrl: 'https://slash.test',
        googleClientId: 'slash-google',
        googleClientSecret: 'g-secret',
        gmailAddonClientId: 'slash-gmail-addon',
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
        microsoftApiAudience: 'api://slash.test/slash-ms',
      },
    });
  });
  afterAll(async () => {
    await test.close();
    await google.close();
    await microsoft.close();
  });

  const start = async (provider: 'google' | 'microsoft') => {
    const response = await test.app.inject({ method: 'GET', url: `/v1/auth/${provider}/start?returnTo=/app` });
    expect(response.statusCode).toBe(302);
    const stateCookie = response.cookies.find((c) => c.name === STATE_COOKIE)!;
    return { location: response.headers.location as string, state: stateCookie.value, cookie: stateCookie };
  };
  const callback = (provider: string, query: Record<string, string>, cookies: Record<string, string> = {}) =>
    test.app.inject({
      method: 'GET',
      url: `/v1/auth/${provider}/callback?${new URLSearchParams(query).toString()}`,
      cookies,
    });
  const signIn = async (provider: 'google' | 'microsoft', claims: JWTPayload) => {
    const started = await start(provider);
    const stand = provider === 'google' ? google : microsoft;
    const code = stand.approve(started.location, claims);
    const response = await callback(provider, { code, state: started.state }, { [STATE_COOKIE]: started.state });
    expect(response.statusCode).toBe(302);
    const session = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
    return { response, session };
  };
  const whoAmI = async (sessionToken: string) => {
    const response = await test.app.inject({
      method: 'GET',
      url: '/v1/connections',
      cookies: { [SESSION_COOKIE]: sessionToken },
    });
    expect(response.statusCode).toBe(200);
    return response.json().connections as { provider: string; accountEmail: string }[];
  };

  it('C1: the authorize URL uses PKCE S256, a nonce and a state that carries no verifier', async () => {
    const { location, state, cookie } = await start('google');
    const url = new URL(location);
    expect(url.origin + url.pathname).toBe(`${google.url}/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.get('redirect_uri')).toBe('https://slash.test/v1/auth/google/callback');
    expect(url.searchParams.get('scope')).toBe('openid email profile https://www.googleapis.com/auth/calendar.events');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });
    expect(cookie.domain).toBeUndefined();
  });

  it('S2, S3: the first sign-in creates one account, the second finds it, another sub with the same email gets its own', async () => {
    const accounts = createAccountsRepository(test.runtime.database.db);
    const before = (await accounts.listClients()).length;
    const first = await signIn('google', {
      sub: 'google-sub-1',
      email: 'ana@example.org',
      email_verified: true,
      name: 'Ana',
    });
    expect(first.response.headers.location).toBe('/app');
    expect(first.session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await whoAmI(first.session.value)).toEqual([
      expect.objectContaining({ provider: 'google', accountEmail: 'ana@example.org' }),
    ]);
    const identity = await accounts.findIdentity(google.url, 'google-sub-1');
    expect(identity).toBeDefined();

    const second = await signIn('google', { sub: 'google-sub-1', email: 'ana@example.org', email_verified: true });
    expect(second.session.value).not.toBe(first.session.value);
    expect((await accounts.findIdentity(google.url, 'google-sub-1'))?.clientId).toBe(identity!.clientId);

    const attacker = await signIn('google', { sub: 'google-sub-2', email: 'ana@example.org', email_verified: true });
    const attackerIdentity = await accounts.findIdentity(google.url, 'google-sub-2');
    expect(attackerIdentity!.clientId).not.toBe(identity!.clientId);
    expect((await accounts.listClients()).length).toBe(before + 2);
    expect(attacker.session.value).not.toBe(first.session.value);
    // The victim's calendar connection stays the victim's: one connection each.
    expect(await whoAmI(attacker.session.value)).toHaveLength(1);
  });

  it("S3: a Microsoft user of another tenant with the victim's email never reaches the victim (tid, oid)", async () => {
    const accounts = createAccountsRepository(test.runtime.database.db);
    const issuerA = `${microsoft.url}/${TENANT_A}/v2.0`;
    const issuerB = `${microsoft.url}/${TENANT_B}/v2.0`;
    (microsoft as { issuer: string }).issuer = issuerA;
    await signInMicrosoft(TENANT_A, 'oid-victim', 'boss@example.org');
    await signInMicrosoft(TENANT_B, 'oid-attacker', 'boss@example.org');
    const victim = await accounts.findIdentity(issuerA, 'oid-victim');
    const attacker = await accounts.findIdentity(issuerB, 'oid-attacker');
    expect(victim).toBeDefined();
    expect(attacker).toBeDefined();
    expect(attacker!.clientId).not.toBe(victim!.clientId);
  });

  async function signInMicrosoft(tid: string, oid: string, email: string) {
    const started = await start('microsoft');
    const code = microsoft.approve(
      started.location,
      { iss: `${microsoft.url}/${tid}/v2.0`, tid, oid, sub: `pairwise-${oid}`, email, preferred_username: email },
      'openid email profile offline_access Calendars.ReadWrite',
    );
    const response = await callback('microsoft', { code, state: started.state }, { [STATE_COOKIE]: started.state });
    expect(response.statusCode).toBe(302);
  }

  it('C2: missing, foreign and replayed state → 400 and the token endpoint receives no call', async () => {
    const started = await start('google');
    const code = google.approve(started.location, { sub: 'c2-user', email: 'c2@example.org' });
    const other = await start('google');
    const calls = google.tokenCalls;
    const missing = await callback('google', { code }, { [STATE_COOKIE]: started.state });
    const noCookie = await callback('google', { code, state: started.state });
    const foreign = await callback('google', { code, state: started.state }, { [STATE_COOKIE]: other.state });
    const unknown = await callback('google', { code, state: 'x'.repeat(43) }, { [STATE_COOKIE]: 'x'.repeat(43) });
    const mixUp = await callback('microsoft', { code, state: started.state }, { [STATE_COOKIE]: started.state });
    for (const response of [missing, noCookie, foreign, unknown, mixUp]) {
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    }
    expect(google.tokenCalls).toBe(calls);
    expect(microsoft.tokenCalls).toBeGreaterThanOrEqual(0);
    // The mix-up attempt consumed nothing for Google? It was refused before the token endpoint; the
    // attempt is single use, so the genuine callback now also fails (replay).
    const genuine = await callback('google', { code, state: started.state }, { [STATE_COOKIE]: started.state });
    expect([302, 400]).toContain(genuine.statusCode);
    const replay = await callback('google', { code, state: started.state }, { [STATE_COOKIE]: started.state });
    expect(replay.statusCode).toBe(400);
    const callsAfter = google.tokenCalls;
    expect(callsAfter - calls).toBeLessThanOrEqual(1);
  });

  it('C7: an authorization response whose iss names another issuer is refused before any token call (RFC 9207)', async () => {
    const started = await start('google');
    const code = google.approve(started.location, { sub: 'c7-user', email: 'c7@example.org' });
    const calls = google.tokenCalls;
    const mixedUp = await callback(
      'google',
      { code, state: started.state, iss: 'https://evil.example' },
      { [STATE_COOKIE]: started.state },
    );
    expect(mixedUp.statusCode).toBe(400);
    expect(mixedUp.json().errors).toEqual([expect.objectContaining({ field: 'iss' })]);
    expect(google.tokenCalls).toBe(calls);
  });

  it('C6: returnTo accepts only same-site relative paths', async () => {
    for (const evil of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const response = await test.app.inject({
        method: 'GET',
        url: `/v1/auth/google/start?returnTo=${encodeURIComponent(evil)}`,
      });
      const state = response.cookies.find((c) => c.name === STATE_COOKIE)!.value;
      const code = google.approve(response.headers.location as string, { sub: 'c6-user', email: 'c6@example.org' });
      const done = await callback('google', { code, state }, { [STATE_COOKIE]: state });
      expect(done.headers.location).toBe('/');
    }
  });

  it('C11, S15: logout revokes the session; the old cookie then gets 401', async () => {
    const { session } = await signIn('google', { sub: 'logout-user', email: 'lo@example.org' });
    const out = await test.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      cookies: { [SESSION_COOKIE]: session.value },
    });
    expect(out.statusCode).toBe(204);
    const after = await test.app.inject({
      method: 'GET',
      url: '/v1/connections',
      cookies: { [SESSION_COOKIE]: session.value },
    });
    expect(after.statusCode).toBe(401);
  });

  describe('C4: forged or foreign tokens are refused', () => {
    const base = (): JWTPayload => ({
      iss: google.url,
      aud: 'slash-google',
      sub: 'forged',
      iat: NOW_S,
      exp: NOW_S + 600,
      nonce: 'n-1',
    });
    const verify = (token: string) =>
      createTokenVerifier(
        { provider: 'google', jwksUrl: `${google.url}/jwks`, issuer: google.url, audience: 'slash-google' },
        test.clock,
      ).verify(token, { nonce: 'n-1' });
    const unsigned = (payload: JWTPayload) =>
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;

    it('accepts the genuine token (control)', async () => {
      await expect(verify(await google.sign(base()))).resolves.toMatchObject({ subject: 'forged' });
    });

    const cases: [string, () => Promise<string>][] = [
      [
        'wrong signature (other key, same kid)',
        async () => google.sign(base(), { key: (await generateKeyPair('RS256')).privateKey }),
      ],
      ['alg none', async () => unsigned(base())],
      ['wrong iss', async () => google.sign({ ...base(), iss: 'https://evil.example' })],
      ['wrong aud', async () => google.sign({ ...base(), aud: 'someone-else' })],
      ['expired', async () => google.sign({ ...base(), iat: NOW_S - 7200, exp: NOW_S - 3600 })],
      ['nbf in the future', async () => google.sign({ ...base(), nbf: NOW_S + 3600 })],
      ['wrong nonce', async () => google.sign({ ...base(), nonce: 'other' })],
      [
        'unknown kid',
        async () => google.sign(base(), { kid: 'unknown-kid', key: (await generateKeyPair('RS256')).privateKey }),
      ],
      [
        'HS256 keyed with the public key',
        async () =>
          new SignJWT(base())
            .setProtectedHeader({ alg: 'HS256', kid: google.kid })
            .sign(createHash('sha256').update(JSON.stringify(google.publicJwk)).digest()),
      ],
      [
        'payload tampered after signing',
        async () => {
          const [h, , s] = (await google.sign(base())).split('.');
          return `${h}.${Buffer.from(JSON.stringify({ ...base(), sub: 'victim' })).toString('base64url')}.${s}`;
        },
      ],
      ['access token presented as an ID token', async () => google.sign(base(), { typ: 'at+jwt' })],
    ];
    for (const [name, make] of cases) {
      it(`refuses: ${name}`, async () => {
        await expect(verify(await make())).rejects.toThrow();
      });
    }

    it('refuses a Microsoft token whose issuer is another tenant than its tid', async () => {
      const verifier = createTokenVerifier(
        {
          provider: 'microsoft',
          jwksUrl: `${microsoft.url}/jwks`,
          issuer: `${microsoft.url}/{tenantid}/v2.0`,
          audience: 'slash-ms',
        },
        test.clock,
      );
      const good = await microsoft.sign({
        iss: `${microsoft.url}/${TENANT_A}/v2.0`,
        tid: TENANT_A,
        oid: 'o1',
        sub: 's',
        aud: 'slash-ms',
        iat: NOW_S,
        exp: NOW_S + 600,
      });
      await expect(verifier.verify(good)).resolves.toMatchObject({
        subject: 'o1',
        issuer: `${microsoft.url}/${TENANT_A}/v2.0`,
        isEmailVerified: false,
      });
      const foreign = await microsoft.sign({
        iss: `${microsoft.url}/${TENANT_B}/v2.0`,
        tid: TENANT_A,
        oid: 'o1',
        sub: 's',
        aud: 'slash-ms',
        iat: NOW_S,
        exp: NOW_S + 600,
      });
      await expect(verifier.verify(foreign)).rejects.toThrow();
    });
  });

  describe('add-in bearer tokens', () => {
    it('a Gmail add-on ID token (aud = our client id) authenticates the same account; a forged one gets 401', async () => {
      const { session } = await signIn('google', { sub: 'gmail-user', email: 'gm@example.org' });
      const idToken = await google.sign({
        iss: google.url,
        aud: 'slash-google',
        sub: 'gmail-user',
        iat: NOW_S,
        exp: NOW_S + 600,
        email: 'gm@example.org',
      });
      const viaJwt = await test.app.inject({
        method: 'GET',
        url: '/v1/connections',
        headers: { authorization: `Bearer ${idToken}` },
      });
      expect(viaJwt.statusCode).toBe(200);
      expect(viaJwt.json()).toEqual(
        await test.app
          .inject({ method: 'GET', url: '/v1/connections', cookies: { [SESSION_COOKIE]: session.value } })
          .then((r) => r.json()),
      );
      const forged = await google.sign(
        { iss: google.url, aud: 'slash-google', sub: 'gmail-user', iat: NOW_S, exp: NOW_S + 600 },
        { key: (await generateKeyPair('RS256')).privateKey },
      );
      expect(
        (
          await test.app.inject({
            method: 'GET',
            url: '/v1/connections',
            headers: { authorization: `Bearer ${forged}` },
          })
        ).statusCode,
      ).toBe(401);
    });

    it("a Gmail add-on ID token naming the add-on's own Apps Script client authenticates; that audience cannot sign in on the web", async () => {
      await signIn('google', { sub: 'addon-user', email: 'addon@example.org' });
      const claims = { iss: google.url, sub: 'addon-user', iat: NOW_S, exp: NOW_S + 600 };
      const bearer = async (aud: string) =>
        (
          await test.app.inject({
            method: 'GET',
            url: '/v1/connections',
            headers: { authorization: `Bearer ${await google.sign({ ...claims, aud })}` },
          })
        ).statusCode;
      expect(await bearer('slash-gmail-addon')).toBe(200);
      expect(await bearer('someone-elses-client')).toBe(401);

      const started = await start('google');
      const code = google.approve(started.location, {
        ...claims,
        aud: 'slash-gmail-addon',
        email: 'addon@example.org',
      });
      const response = await callback('google', { code, state: started.state }, { [STATE_COOKIE]: started.state });
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    });

    it('an Outlook NAA access token (aud = our API, scp access_as_user) authenticates the Microsoft account', async () => {
      await signInMicrosoft(TENANT_A, 'oid-naa', 'naa@example.org');
      const claims = {
        iss: `${microsoft.url}/${TENANT_A}/v2.0`,
        tid: TENANT_A,
        oid: 'oid-naa',
        sub: 'x',
        aud: 'api://slash.test/slash-ms',
        iat: NOW_S,
        exp: NOW_S + 600,
      };
      const ok = await microsoft.sign({ ...claims, scp: 'access_as_user' }, { typ: 'JWT' });
      expect(
        (await test.app.inject({ method: 'GET', url: '/v1/connections', headers: { authorization: `Bearer ${ok}` } }))
          .statusCode,
      ).toBe(200);
      const noScope = await microsoft.sign({ ...claims, scp: 'Mail.Read', aud: 'api://slash.test/slash-ms' });
      expect(
        (
          await test.app.inject({
            method: 'GET',
            url: '/v1/connections',
            headers: { authorization: `Bearer ${noScope}` },
          })
        ).statusCode,
      ).toBe(401);
    });
  });
});
