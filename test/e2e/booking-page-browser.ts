/**
 * Shared by the booking page end-to-end tests: the built page's location, a headless Chromium that
 * records CSP violations, axe-core runs and the 360 px screenshot.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url);
/** The built page; the tests skip (with a message) when `npm run build -w web-booking` has not run. */
export const BOOKING_PAGE_INDEX = new URL('web-booking/dist/index.html', ROOT).pathname;
export const SHOTS_DIR = new URL('test-results/', ROOT).pathname;

/** True when the page is built; otherwise says how to build it. */
export function isBookingPageBuilt(): boolean {
  if (existsSync(BOOKING_PAGE_INDEX)) return true;
  console.warn(
    `Skipping booking page browser tests: ${BOOKING_PAGE_INDEX} is missing, run \`npm run build -w web-booking\`.`,
  );
  return false;
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return chromium.launch({
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
}

/** A page whose CSP violations and uncaught errors are collected (the page must run under the app's CSP). */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  // Every request stays on the test origin: the page must need nothing from elsewhere.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return { context, page, problems };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules) on the current page and returns its violations. The source is
 * evaluated through the DevTools protocol, which CSP does not block, instead of an inline script tag.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
}

/** Violations axe rates serious or critical (the tests' bar). */
export function seriousOf(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** The slot buttons on the page: their ISO start and their day heading. */
export async function shownSlots(page: Page): Promise<{ start: string; day: string; label: string }[]> {
  return page.$$eval('.slot-day', (days) =>
    days.flatMap((day) =>
      Array.from(day.querySelectorAll('button.slot')).map((button) => ({
        start: button.getAttribute('data-start') ?? '',
        day: day.querySelector('h3')?.textContent ?? '',
        label: button.textContent ?? '',
      })),
    ),
  );
}
