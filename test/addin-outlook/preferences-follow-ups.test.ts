/**
 * The Outlook pane's follow-up preferences in headless Chromium, against the real preferences API:
 * the built pane (Office.js routed to the local stand-in), English and French labels, a refused
 * spacing shown beside its input, and an emptied spacing saved as the automatic one.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/booking-page-browser.js';
import { openOutlookPane, startAddinApi, type AddinApi } from './support/addin-api.js';

const ROOT = new URL('../../', import.meta.url);
const OWNER = 'client@example.com';
/** The message open in Outlook (see test/stand-ins/office-js). */
const ITEM = {
  itemId: 'AAMk-2',
  conversationId: 'conv-2',
  internetMessageId: '<m2@example.org>',
  subject: 'Quarterly review',
  from: { name: 'Bea Roy', email: 'bea@example.org' },
  to: [{ name: 'Client', email: OWNER }],
  cc: [],
  dateTimeCreated: '2026-03-02T07:30:00Z',
  body: 'Hello, shall we have a 30 minute call next week? Bea',
};

let api: AddinApi;
let browser: Browser;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '-w', 'addin-outlook'], { cwd: ROOT, stdio: 'pipe' });
  api = await startAddinApi(OWNER);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.subject.close();
});

/** The pane, signed in, on its Preferences tab (`language`: Outlook's display language). */
async function preferencesTab(language: 'en-US' | 'fr-FR'): Promise<Page> {
  const fixture = { item: ITEM, dialog: { token: api.token }, displayLanguage: language };
  const page = await openOutlookPane(browser, { origin: api.origin, fixture });
  const fr = language === 'fr-FR';
  await page.getByRole('button', { name: fr ? 'Se connecter' : 'Sign in' }).click();
  await expect.poll(() => page.getByTestId('proposal').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('tab', { name: fr ? 'Préférences' : 'Preferences' }).click();
  return page;
}

async function storedFollowUps(): Promise<unknown> {
  const stored = await api.subject.app.inject({
    method: 'GET',
    url: '/v1/me/preferences',
    headers: { authorization: `Bearer ${api.token}` },
  });
  return stored.json().followUps;
}

describe('Outlook pane: follow-up preferences', () => {
  it('edits the count and the spacing, shows a refused spacing beside it, and empties it to automatic', async () => {
    const page = await preferencesTab('en-US');
    const count = page.getByLabel('Reminders to contacts who do not answer (0 to 5)');
    const spacing = page.getByLabel('Days between reminders (1 to 14)');
    await expect.poll(() => count.inputValue()).toBe('2');
    expect(await spacing.inputValue()).toBe('');
    expect(await spacing.getAttribute('placeholder')).toBe('Automatic: 2, or 4 for far dates');
    expect(await page.getByRole('group', { name: 'Follow-ups by email' }).count()).toBe(1);

    await count.fill('3');
    await spacing.fill('20');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => page.getByTestId('problem-followUps.spacingDays').count()).toBe(1);
    expect(await page.getByTestId('problem-followUps.spacingDays').textContent()).toMatch(/14/);
    expect(await storedFollowUps()).toEqual({ count: 2 });

    await spacing.fill('5');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => page.getByText('Preferences saved.').count()).toBe(1);
    expect(await storedFollowUps()).toEqual({ count: 3, spacingDays: 5 });

    await spacing.fill('');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(async () => storedFollowUps()).toEqual({ count: 3 });
    await page.close();
  });

  it('speaks French', async () => {
    const page = await preferencesTab('fr-FR');
    await expect.poll(() => page.getByRole('group', { name: 'Relances par e-mail' }).count()).toBe(1);
    // 3: saved by the test before.
    await expect
      .poll(() => page.getByLabel('Relances aux contacts qui ne répondent pas (0 à 5)').inputValue())
      .toBe('3');
    const spacing = page.getByLabel('Jours entre deux relances (1 à 14)');
    expect(await spacing.getAttribute('placeholder')).toBe('Automatique : 2, ou 4 si lointain');
    expect(
      await page.getByText('Vide : 2 jours, ou 4 si la période demandée se termine dans plus de 30 jours.').count(),
    ).toBe(1);
    await page.close();
  });
});
