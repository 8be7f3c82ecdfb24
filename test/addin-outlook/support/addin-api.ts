/**
 * What the add-in tests talk to: the app on a fresh database with the scheduling API stand-in for
 * routes still landing, one client signed in (a session token the add-ins send as bearer), listening
 * on an ephemeral loopback port. The Outlook pane is served by the app at /addin/outlook/.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { addSchedulingApiStandIn } from './scheduling-api-stand-in.js';

/** The running API, its origin and the client's bearer token. */
export interface AddinApi {
  readonly subject: TestApp;
  readonly origin: string;
  readonly token: string;
}

/** Starts the API for `owner` (a client in Europe/Paris). */
export async function startAddinApi(owner: string): Promise<AddinApi> {
  const subject = await createTestApp({ routes: (app) => addSchedulingApiStandIn(app, { owner }) });
  const accounts = createAccountsRepository(subject.runtime.database.db);
  const client = await accounts.insertClient({ email: owner, name: 'Client', timeZone: 'Europe/Paris' });
  const { token } = await createSessionService({ accounts, clock: subject.clock }).open(client.id, 'addin');
  await subject.app.listen({ port: 0, host: '127.0.0.1' });
  return { subject, origin: `http://127.0.0.1:${(subject.app.server.address() as AddressInfo).port}`, token };
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_STAND_IN = readFileSync(new URL('../../stand-ins/office-js/office.js', import.meta.url), 'utf8');

/**
 * The built task pane in a new page: Office.js is the local stand-in reading `fixture` (see
 * test/stand-ins/office-js), requests to `origin` go through, every other host is blocked.
 */
export async function openOutlookPane(
  browser: Browser,
  input: { origin: string; fixture: Record<string, unknown> },
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STAND_IN });
    return url.startsWith(input.origin) ? route.continue() : route.abort();
  });
  await page.addInitScript((value) => Object.assign(window, { __officeFixture: value }), input.fixture);
  await page.goto(`${input.origin}/addin/outlook/taskpane.html`);
  return page;
}
