/**
 * Issue #5 acceptance, end to end: a person signs in with "Google" in headless Chromium. The
 * provider is a real OpenID provider (`oidc-provider`, ../stand-ins/oidc-provider.ts) on
 * 127.0.0.1; the app listens on its own loopback port and is addressed as `http://localhost:<port>`.
 *
 * Why plain HTTP works with our `__Host-` cookies (they require `Secure`): Chromium treats
 * `http://localhost` as a potentially trustworthy origin and accepts `Secure` cookies from it, so
 * no certificate is needed. The app and the provider are different sites (localhost vs 127.0.0.1),
 * as in production, and the provider's redirect to our callback is a top-level GET, so the
 * `SameSite=Lax` state cookie travels with it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_COOKIE } from '@slash/api/accounts/routes';
import { SESSION_COOKIE } from '@slash/api/accounts/session-service';
import { GOOGLE_CALENDAR_SCOPE } from '@slash/api/accounts/wiring';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startOidcProvider, type OidcProvider } from '../stand-ins/oidc-provider.js';
import { launchChromium } from './booking-page-browser.js';

const CLIENT_ID = 'slash-google';

describe('sign-in in a browser against a real OpenID provider', () => {
  let server: Server;
  let origin: string;
  let provider: OidcProvider;
  let test: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    // The app's public URL holds its port, so the port is taken before the app is built.
    let handle = (_request: IncomingMessage, response: ServerResponse): void => {
      response.writeHead(503).end();
    };
    server = createServer((request, response) => handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: 'g-secret',
      redirectUris: [`${origin}/v1/auth/google/callback`],
      extraScopes: [GOOGLE_CALENDAR_SCOPE],
    });
    test = await createTestApp({
      nowMs: Date.now(),
      config: {
        publicBaseUrl: origin,
        googleClientId: CLIENT_ID,
        googleClientSecret: 'g-secret',
        googleIssuer: provider.issuer,
        googleAuthorizeUrl: provider.authorizeUrl,
        googleTokenUrl: provider.tokenUrl,
        googleJwksUrl: provider.jwksUrl,
      },
    });
    handle = (request, response) => test.app.routing(request, response);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => {
      server?.closeAllConnections();
      server?.close(resolve);
    });
    await test?.close();
    await provider?.close();
  });

  it('opens /v1/auth/google/start, signs in at the provider, consents and lands back signed in', async () => {
    provider.setAccount({ sub: 'dana-sub', email: 'dana@example.org', name: 'Dana Weiss' });
    const context = await browser.newContext();
    // Only the app and the provider are reachable (the provider's dev pages link a web font).
    await context.route('**/*', (route) => {
      const requestOrigin = new URL(route.request().url()).origin;
      return requestOrigin === origin || requestOrigin === provider.issuer ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);

    await page.goto(`${origin}/v1/auth/google/start?returnTo=/app`);
    expect(new URL(page.url()).origin).toBe(provider.issuer);
    const stateCookie = (await context.cookies(origin)).find((cookie) => cookie.name === STATE_COOKIE);
    expect(stateCookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });

    await page.fill('input[name="login"]', 'dana-sub');
    await page.fill('input[name="password"]', 'any password');
    await page.click('button[type="submit"]');
    // Our authorize request says prompt=consent, so the provider always asks.
    await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
    await page.click('button[type="submit"]');
    await page.waitForURL(`${origin}/app`);

    const cookies = await context.cookies(origin);
    expect(cookies.find((cookie) => cookie.name === STATE_COOKIE)).toBeUndefined();
    expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toMatchObject({ secure: true, httpOnly: true });
    const me = await page.goto(`${origin}/v1/me`);
    expect(me?.status()).toBe(200);
    expect(await me?.json()).toMatchObject({ email: 'dana@example.org', name: 'Dana Weiss' });
    expect(provider.tokenRequests).toBe(1);
    await context.close();
  });
});
