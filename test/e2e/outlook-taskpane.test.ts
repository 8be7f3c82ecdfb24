/**
 * The Outlook task pane end to end in headless Chromium: Office.js is routed to the local stand-in
 * (test/stand-ins/office-js) with a fixture thread, the pane talks to the API over HTTP (real routes
 * where they exist, the contract stand-in for the rest), every other host is blocked.
 * Screenshots go to test-results/ (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { addSchedulingApiStandIn } from '../addin-outlook/support/scheduling-api-stand-in.js';

const ROOT = new URL('../../', import.meta.url);
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STAND_IN = readFileSync(new URL('test/stand-ins/office-js/office.js', ROOT), 'utf8');
const SHOTS = new URL('test-results/', ROOT).pathname;
const OWNER = 'client@example.com';

const ITEM = {
  itemId: 'AAMk-1',
  conversationId: 'conv-1',
  internetMessageId: '<m1@example.org>',
  subject: 'Project kick-off',
  from: { name: 'Alice Martin', email: 'alice@example.org' },
  to: [
    { name: 'Client', email: OWNER },
    { name: 'Bob Stone', email: 'bob@example.org' },
  ],
  cc: [{ name: 'Carol Diaz', email: 'carol@example.org' }],
  dateTimeCreated: '2026-03-02T07:30:00Z',
  body: 'Hi, could we have a 30 minute video call next week about the kick-off? Thanks, Alice',
  bodyFailures: 1,
};

let subject: TestApp;
let origin: string;
let token: string;
let browser: Browser;
const pages: Page[] = [];

async function openPane(fixture: Record<string, unknown>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  pages.push(page);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: STAND_IN });
    if (url.startsWith(origin)) return route.continue();
    return route.abort();
  });
  await page.addInitScript((value) => Object.assign(window, { __officeFixture: value }), fixture);
  await page.goto(`${origin}/addin/outlook/taskpane.html`);
  return page;
}

const officeCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __officeCalls: { name: string; args: unknown }[] }).__officeCalls);

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '-w', 'addin-outlook'], { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(SHOTS, { recursive: true });
  subject = await createTestApp({ routes: (app) => addSchedulingApiStandIn(app, { owner: OWNER }) });
  const accounts = createAccountsRepository(subject.runtime.database.db);
  const client = await accounts.insertClient({ email: OWNER, name: 'Client', timeZone: 'Europe/Paris' });
  token = (await createSessionService({ accounts, clock: subject.clock }).open(client.id, 'addin')).token;
  await subject.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(subject.app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  for (const page of pages) await page.close().catch(() => undefined);
  await browser?.close();
  await subject?.close();
});

describe('Outlook task pane', () => {
  it('signs in through the dialog, shows contacts, constraints and proposals, refreshes on edit and inserts the reply', async () => {
    const page = await openPane({ item: ITEM, dialog: { token }, requirementSets: { Mailbox: '1.9' } });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('proposal').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    const contacts = await page.getByTestId('contact').allTextContents();
    expect(contacts.join(' ')).toContain('alice@example.org');
    expect(contacts.join(' ')).toContain('carol@example.org');
    expect(contacts.join(' ')).not.toContain(OWNER);
    expect(await page.locator('select[name=type]').inputValue()).not.toBe('');
    const firstStarts = await page
      .getByTestId('proposal')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-start')));
    await page.screenshot({ path: `${SHOTS}outlook-taskpane-proposals.png`, fullPage: true });

    // The body read failed once (9020) and was retried; the pane never used legacy Exchange tokens.
    const calls = await officeCalls(page);
    expect(calls.filter((call) => call.name === 'body.getAsync')).toHaveLength(2);
    expect(calls.some((call) => call.name === 'getUserIdentityTokenAsync')).toBe(false);
    expect(calls.some((call) => call.name === 'addHandlerAsync')).toBe(true);

    const durationBefore = await page.locator('input[name=durationMinutes]').inputValue();
    const nextDuration = durationBefore === '45' ? '60' : '45';
    await page.locator('input[name=durationMinutes]').fill(nextDuration);
    const patch = page.waitForRequest((request) => request.method() === 'PATCH');
    await page.getByRole('button', { name: 'Update proposals' }).click();
    expect(JSON.parse((await patch).postData() ?? '{}')).toEqual({ durationMinutes: Number(nextDuration) });
    await expect.poll(() => page.locator('input[name=durationMinutes]').inputValue()).toBe(nextDuration);
    await expect.poll(() => page.getByRole('status').count()).toBe(0);
    // Fresh proposals of the new length (the starts may stay the same on a free calendar).
    const minutes = await page
      .getByTestId('proposal')
      .evaluateAll((items) =>
        items.map(
          (item) =>
            (Date.parse(item.getAttribute('data-end') ?? '') - Date.parse(item.getAttribute('data-start') ?? '')) /
            60_000,
        ),
      );
    expect(minutes.length).toBeGreaterThan(0);
    expect(new Set(minutes)).toEqual(new Set([Number(nextDuration)]));
    expect(firstStarts.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Insert reply' }).click();
    await expect
      .poll(async () => (await officeCalls(page)).filter((call) => call.name === 'displayReplyAllFormAsync').length)
      .toBe(1);
    const reply = (await officeCalls(page)).find((call) => call.name === 'displayReplyAllFormAsync')?.args as {
      formData: { htmlBody: string };
    };
    const localTimes = await page
      .getByTestId('proposal')
      .evaluateAll((items) => items.map((item) => item.querySelector('strong')?.textContent ?? ''));
    for (const shown of localTimes)
      expect(reply.formData.htmlBody).toContain(shown.split(', ')[1]?.split('–')[0] ?? '<missing>');
    await expect(page.getByText('Reply opened with the proposed times.').count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}outlook-taskpane-after-edit.png`, fullPage: true });
  });

  it('saves preferences (the API returns the new values) and shows the field problems of a 400', async () => {
    const page = await openPane({ item: ITEM, dialog: { token } });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('proposal').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Preferences' }).click();
    await page.locator('input[name=horizonDays]').fill('500');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => page.getByTestId('problem-horizonDays').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}outlook-taskpane-preferences-invalid.png`, fullPage: true });

    await page.locator('input[name=horizonDays]').fill('30');
    await page.locator('input[name="meetingTypes.lunch.durationMinutes"]').fill('75');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => page.getByText('Preferences saved.').count()).toBe(1);
    const stored = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/preferences',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ horizonDays: 30, meetingTypes: { lunch: { durationMinutes: 75 } } });
  });

  it('shows the 401 message with a way to sign in again', async () => {
    const page = await openPane({
      item: ITEM,
      dialog: { token: 'not-a-live-session-token-0123456789' },
      displayLanguage: 'fr-FR',
    });
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect
      .poll(() => page.getByTestId('error').textContent(), { timeout: 20_000 })
      .toContain('Votre session Slash a expiré');
    expect(await page.getByRole('button', { name: 'Se reconnecter' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}outlook-taskpane-401-fr.png`, fullPage: true });
  });

  it('shows a 5xx with its status and recovers on Try again', async () => {
    const page = await openPane({ item: ITEM, dialog: { token } });
    let failing = true;
    await page.route(`${origin}/v1/scheduling-requests`, (route) =>
      failing
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Unavailable',
              status: 503,
              detail: 'down',
              code: 'unavailable',
            }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('error').textContent(), { timeout: 20_000 }).toContain('error 503');
    await page.screenshot({ path: `${SHOTS}outlook-taskpane-503.png`, fullPage: true });
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByTestId('proposal').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('error').count()).toBe(0);
  });

  it('follows the selection of a pinned pane and says when no message is selected', async () => {
    const page = await openPane({ item: ITEM, dialog: { token } });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('proposal').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const created = page.waitForRequest(
      (request) => request.method() === 'POST' && request.url().endsWith('/v1/scheduling-requests'),
    );
    await page.evaluate(
      (item) =>
        (window as unknown as { __officeStandIn: { select(item: unknown): void } }).__officeStandIn.select(item),
      {
        ...ITEM,
        itemId: 'AAMk-2',
        conversationId: 'conv-2',
        subject: 'Lunch?',
        from: { name: 'Dan', email: 'dan@example.org' },
        cc: [],
        bodyFailures: 0,
      },
    );
    const body = JSON.parse((await created).postData() ?? '{}') as { thread: { subject: string } };
    expect(body.thread.subject).toBe('Lunch?');
    await expect
      .poll(async () => (await page.getByTestId('contact').allTextContents()).join(' '))
      .toContain('dan@example.org');
    await page.evaluate(() =>
      (window as unknown as { __officeStandIn: { select(item: unknown): void } }).__officeStandIn.select(null),
    );
    await expect.poll(() => page.getByText('Select a message to schedule from it.').count()).toBe(1);
  });
});
