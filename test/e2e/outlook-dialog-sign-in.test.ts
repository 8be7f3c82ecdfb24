/**
 * The Outlook pane's dialog fallback end to end in headless Chromium, against a real OpenID provider
 * (`oidc-provider`, playing Google for an Outlook user with a Google account): the pane opens the
 * dialog page, which goes through `/auth/addin/start` (provider choice), the provider's login and
 * consent, the web callback and `/auth/addin/finish`, and hands the token from its URL fragment to
 * the pane with messageParent. The pane ends signed in, showing proposals.
 *
 * The Office.js stand-in's dialog only replays a fixture token, so this test adds a real one on
 * top: `displayDialogAsync` opens a window, and `messageParent` in that window reaches the pane over
 * a BroadcastChannel (same origin, as Office's own channel delivers only to the pane's origin).
 * The app is addressed as `http://localhost:<port>` so Chromium keeps our `__Host-` cookies
 * (see sign-in.test.ts); the provider is another site on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startOidcProvider, type OidcProvider } from '../stand-ins/oidc-provider.js';
import { addSchedulingApiStandIn } from '../addin-outlook/support/scheduling-api-stand-in.js';
import { launchChromium, SHOTS_DIR } from './booking-page-browser.js';

const ROOT = new URL('../../', import.meta.url);
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OWNER = 'gwen@example.org';
const CLIENT_ID = 'slash-google';

/** Appended to the stand-in: a dialog that is a real window, messages relayed over BroadcastChannel. */
const REAL_DIALOG = `
;(function () {
  var channel = new BroadcastChannel('office-stand-in-dialog');
  Office.context.ui.messageParent = function (message) {
    channel.postMessage(message);
  };
  Office.context.ui.displayDialogAsync = function (url, options, callback) {
    var handlers = {};
    var opened = window.open(url, 'office-dialog');
    channel.onmessage = function (event) {
      var handler = handlers[Office.EventType.DialogMessageReceived];
      if (handler) handler({ type: 'dialogMessageReceived', message: event.data, origin: event.origin });
    };
    callback({
      status: Office.AsyncResultStatus.Succeeded,
      value: {
        addEventHandler: function (type, handler) { handlers[type] = handler; },
        close: function () { if (opened) opened.close(); },
      },
    });
  };
})();
`;

describe('Outlook dialog sign-in against a real OpenID provider', () => {
  let server: Server;
  let origin: string;
  let provider: OidcProvider;
  let test: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(new URL('addin-outlook/dist/sign-in.html', ROOT))) {
      execFileSync('npm', ['run', 'build', '-w', 'addin-outlook'], { cwd: ROOT, stdio: 'pipe' });
    }
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
      // No calendar scope: the provider grants sign-in only, so no calendar API is called (and the
      // callback's `calendar=not_connected` reaches finish).
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
        // Microsoft is offered too (never reached here), so the dialog asks which account to use.
        microsoftClientId: 'slash-ms',
        microsoftClientSecret: 'm-secret',
      },
      routes: (app) => addSchedulingApiStandIn(app, { owner: OWNER }),
    });
    handle = (request, response) => test.app.routing(request, response);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => {
      server?.closeAllConnections();
      server?.close(resolve);
    });
    await test?.close();
    await provider?.close();
  });

  it('signs in through /auth/addin/start and /finish and the pane shows proposals', async () => {
    provider.setAccount({ sub: 'gwen-sub', email: OWNER, name: 'Gwen' });
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    const standIn = readFileSync(new URL('test/stand-ins/office-js/office.js', ROOT), 'utf8') + REAL_DIALOG;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: standIn });
      const requestOrigin = new URL(url).origin;
      return requestOrigin === origin || requestOrigin === provider.issuer ? route.continue() : route.abort();
    });
    const fixture = {
      item: {
        itemId: 'AAMk-1',
        conversationId: 'conv-1',
        internetMessageId: '<m1@example.org>',
        subject: 'Project kick-off',
        from: { name: 'Alice Martin', email: 'alice@example.org' },
        to: [{ name: 'Gwen', email: OWNER }],
        cc: [],
        // The app runs on the real clock (the provider's tokens do): "next week" is from today.
        dateTimeCreated: new Date().toISOString(),
        body: 'Hi, could we have a 30 minute video call next week about the kick-off? Thanks, Alice',
      },
    };
    await context.addInitScript((value) => Object.assign(window, { __officeFixture: value }), fixture);
    const finishes: string[] = [];
    context.on('request', (request) => {
      if (request.url().startsWith(`${origin}/auth/addin/finish`)) finishes.push(request.url());
    });
    const pane = await context.newPage();
    pane.setDefaultTimeout(15_000);
    await pane.goto(`${origin}/addin/outlook/taskpane.html`);

    const dialogOpened = context.waitForEvent('page');
    await pane.getByRole('button', { name: 'Sign in' }).click();
    const dialog = await dialogOpened;
    dialog.setDefaultTimeout(15_000);
    await dialog.getByRole('link', { name: 'Continue with Google' }).click();
    await dialog.waitForURL((url) => url.origin === provider.issuer);
    await dialog.fill('input[name="login"]', 'gwen-sub');
    await dialog.fill('input[name="password"]', 'any password');
    await dialog.click('button[type="submit"]');
    await dialog.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
    await dialog.click('button[type="submit"]');

    await expect.poll(() => pane.getByTestId('proposal').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await pane.screenshot({ path: `${SHOTS_DIR}outlook-dialog-sign-in.png`, fullPage: true });
    // The token travelled in the fragment only: no request URL ever carried it.
    expect(finishes).toHaveLength(1);
    expect(new URL(finishes[0] ?? '').searchParams.get('calendar')).toBe('not_connected');
    const token = await pane.evaluate(() => sessionStorage.getItem('slash.addin.token'));
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(finishes.join(' ')).not.toContain(token ?? '<none>');
    const me = await test.app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token ?? ''}` },
    });
    expect(me.json()).toMatchObject({ email: OWNER, name: 'Gwen' });
    await context.close();
  });
});
