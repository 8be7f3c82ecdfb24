/**
 * The booking page against a small fake of the public booking API (the JSON shapes of
 * shared/src/contracts/booking.ts), served with the real page plugin and the app's CSP. It proves the
 * UI on its own: zones and day grouping, zone picker, keyboard focus, the optional form, a 409 with
 * fresh slots, 404 and network errors, French, the manage page (cancel, move), axe-core and a 360 px layout.
 * Assumes `npm run build -w web-booking` ran (the root `npm test` builds first); skips otherwise.
 */
import type { AddressInfo } from 'node:net';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingPageRoutes } from '@slash/api/booking-page/routes';
import { registerProblemDetails } from '@slash/api/errors/problem-details';
import {
  isBookingPageBuilt,
  launchChromium,
  openPage,
  runAxe,
  seriousOf,
  shownSlots,
  SHOTS_DIR,
} from './booking-page-browser.js';

const LINK = {
  clientName: 'Alice Martin',
  meeting: { type: 'coffee', durationMinutes: 45, location: '12 rue de Rivoli, Paris', isRemote: false },
  language: 'en',
  contactTimeZone: 'Europe/Paris',
  privacyNoticeUrl: '/privacy',
};
const slot = (start: string) => ({
  start,
  end: new Date(Date.parse(start) + 45 * 60_000).toISOString().replace('.000', ''),
});
// Chosen around midnight in Tokyo (UTC+9) and New York (UTC-5) so the grouping differs per zone.
const SLOTS = [
  '2026-03-02T14:30:00Z',
  '2026-03-02T15:00:00Z',
  '2026-03-03T01:00:00Z',
  '2026-03-03T13:00:00Z',
  '2026-03-04T09:00:00Z',
].map(slot);
const TAKEN = SLOTS[0]!.start;

interface Recorded {
  bodies: Record<string, unknown>[];
  keys: (string | undefined)[];
  status: 'confirmed' | 'cancelled';
  /** Where the manage page moved the booking (it starts at SLOTS[1]). */
  movedTo?: string | undefined;
}

function fakeApi(app: FastifyInstance, recorded: Recorded): void {
  const publicRoute = { config: { auth: 'public_link' as const } };
  const gone = {
    type: 'https://slash.example/errors/not-found',
    title: 'Not found',
    status: 404,
    code: 'not_found',
    detail: 'This link does not exist.',
  };
  app.get<{ Params: { token: string } }>('/v1/public/links/:token', publicRoute, async (request, reply) =>
    request.params.token === 'good-link' ? LINK : reply.code(404).type('application/problem+json').send(gone),
  );
  app.get<{ Querystring: { timeZone: string } }>('/v1/public/links/good-link/slots', publicRoute, async (request) => {
    return { timeZone: request.query.timeZone, slots: SLOTS };
  });
  app.post<{ Body: Record<string, unknown> }>(
    '/v1/public/links/good-link/bookings',
    publicRoute,
    async (request, reply) => {
      recorded.bodies.push(request.body);
      recorded.keys.push(request.headers['idempotency-key'] as string | undefined);
      if (request.body.start === TAKEN) {
        return reply
          .code(409)
          .type('application/problem+json')
          .send({
            type: 'https://slash.example/errors/slot-taken',
            title: 'Slot no longer available',
            status: 409,
            code: 'slot_taken',
            detail: 'Someone booked this slot a moment ago.',
            slots: SLOTS.slice(1),
          });
      }
      const start = String(request.body.start);
      return reply.code(201).send({
        bookingId: 'b-1',
        start,
        end: slot(start).end,
        manageUrl: '/m/manage-one',
        icsUrl: '/v1/public/bookings/manage-one/invite.ics',
      });
    },
  );
  app.get('/v1/public/bookings/manage-one', publicRoute, async () => {
    const current = recorded.movedTo === undefined ? SLOTS[1]! : slot(recorded.movedTo);
    return { ...current, status: recorded.status, clientName: LINK.clientName, meeting: LINK.meeting };
  });
  // Like the real API, the times to move to include the booking's current start (SLOTS[1]).
  app.get('/v1/public/bookings/manage-one/slots', publicRoute, async () => ({
    timeZone: 'UTC',
    slots: SLOTS.slice(1),
  }));
  // SLOTS[2] is taken meanwhile: 409 with fresh times (the current one among them).
  app.post<{ Body: { start: string } }>(
    '/v1/public/bookings/manage-one/reschedule',
    publicRoute,
    async (request, reply) => {
      if (request.body.start === SLOTS[2]!.start) {
        return reply
          .code(409)
          .type('application/problem+json')
          .send({ ...gone, status: 409, code: 'conflict', detail: 'Taken.', slots: [SLOTS[1], SLOTS[3], SLOTS[4]] });
      }
      recorded.movedTo = request.body.start;
      return { bookingId: 'b-1', ...slot(request.body.start), manageUrl: '/m/manage-one', icsUrl: '/x.ics' };
    },
  );
  app.post('/v1/public/bookings/manage-one/cancel', publicRoute, async () => {
    recorded.status = 'cancelled';
    return { status: 'cancelled' };
  });
  app.get('/privacy', { config: { auth: 'public' } }, async (_request, reply) =>
    reply.type('text/plain').send('Privacy notice'),
  );
}

/** The day heading and time label a contact in `timeZone` should see, computed here independently. */
function expectedIn(timeZone: string, starts: readonly string[]) {
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
  const time = new Intl.DateTimeFormat('en-US', { timeZone, timeStyle: 'short' });
  return starts.map((start) => ({ start, day: day.format(Date.parse(start)), label: time.format(Date.parse(start)) }));
}
const normalize = (rows: { start: string; day: string; label: string }[]) =>
  rows.map((row) => ({ ...row, day: row.day.replace(/\s+/g, ' '), label: row.label.replace(/\s+/g, ' ') }));

/** Waits until focus is on the element with this id or text (focus moves in an effect after render). */
async function focusOn(page: Page, property: 'id' | 'textContent' | 'className', expected: string): Promise<void> {
  await page.waitForFunction(
    ([name, value]) => (document.activeElement as unknown as Record<string, unknown> | null)?.[name] === value,
    [property, expected] as const,
    { timeout: 5_000 },
  );
}

const isBuilt = isBookingPageBuilt();
let app: FastifyInstance;
let origin: string;
let browser: Browser;
const recorded: Recorded = { bodies: [], keys: [], status: 'confirmed' };

beforeAll(async () => {
  if (!isBuilt) return;
  app = Fastify();
  // The same CSP as api/src/app.ts: the page must run without inline scripts.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  registerProblemDetails(app);
  await app.register(bookingPageRoutes);
  fakeApi(app, recorded);
  await app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe.skipIf(!isBuilt)('booking page on a fake API', () => {
  it('shows slots by local day in the chosen zone, survives a taken slot and confirms with the optional form', async () => {
    const { context, page, problems } = await openPage(browser, origin, {
      timezoneId: 'America/New_York',
      locale: 'en-US',
    });
    const response = await page.goto(`${origin}/b/good-link`);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    expect(response?.headers()['cache-control']).toBe('no-store');
    await page.getByRole('heading', { level: 1, name: 'Meeting with Alice Martin' }).waitFor();
    expect(await page.locator('.meeting-summary').innerText()).toMatch(/Coffee[\s\S]*45 min[\s\S]*12 rue de Rivoli/);

    // The browser's zone first, grouped as a New Yorker sees it.
    await page.locator('.slot-days[data-time-zone="America/New_York"]').waitFor();
    expect(await page.locator('.zone-current').innerText()).toContain('America / New York');
    expect(normalize(await shownSlots(page))).toEqual(
      normalize(
        expectedIn(
          'America/New_York',
          SLOTS.map((s) => s.start),
        ),
      ),
    );

    // Keyboard: open the picker, search, Enter picks the first match; focus returns to the toggle.
    await page.getByRole('button', { name: 'Change time zone' }).click();
    await page.getByLabel('Search time zones').fill('tokyo');
    await page.keyboard.press('Enter');
    await page.getByText('Times are shown in Asia / Tokyo').waitFor();
    await page.locator('.slot-days[data-time-zone="Asia/Tokyo"]').waitFor();
    await focusOn(page, 'textContent', 'Change time zone');
    const inTokyo = normalize(await shownSlots(page));
    expect(inTokyo).toEqual(
      normalize(
        expectedIn(
          'Asia/Tokyo',
          SLOTS.map((s) => s.start),
        ),
      ),
    );
    expect(new Set(inTokyo.map((row) => row.day)).size).toBe(3);
    expect(seriousOf(await runAxe(page))).toEqual([]);

    // Select with the keyboard: focus moves to the details step.
    await page.locator(`button.slot[data-start="${TAKEN}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your details' }).waitFor();
    await focusOn(page, 'id', 'details-heading');
    await page.getByLabel('Last name').fill('Durand');
    await page.getByLabel('First name').fill('Léa');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Another way to reach you').fill('+33 6 12 34 56 78');
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Role').fill('CTO');
    expect(await page.getByRole('link', { name: /privacy notice/ }).getAttribute('href')).toBe('/privacy');
    expect(seriousOf(await runAxe(page))).toEqual([]);

    // A malformed email is caught before sending, announced next to the field, and focused.
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByText('Enter an email address like').waitFor();
    await focusOn(page, 'id', 'field-email');
    expect(recorded.bodies).toHaveLength(0);
    await page.getByLabel('Email').fill('lea@example.fr');

    // The slot was taken meanwhile: a clear message, the fresh slots, back on the pick step.
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByRole('alert').filter({ hasText: 'just taken' }).waitFor();
    await focusOn(page, 'id', 'pick-heading');
    expect((await shownSlots(page)).map((row) => row.start)).toEqual(SLOTS.slice(1).map((s) => s.start));

    // Pick another: the form kept what was typed.
    const second = SLOTS[1]!;
    await page.locator(`button.slot[data-start="${second.start}"]`).click();
    expect(await page.getByLabel('First name').inputValue()).toBe('Léa');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByRole('heading', { name: 'Your meeting is booked' }).waitFor();
    await focusOn(page, 'id', 'confirmation-heading');
    expect(await page.getByTestId('confirmed-when').innerText()).toMatch(
      /Tuesday, March 3, 2026, 12:00\sAM – 12:45\sAM/,
    );
    expect(await page.getByRole('link', { name: 'Add to my calendar (.ics)' }).getAttribute('href')).toBe(
      '/v1/public/bookings/manage-one/invite.ics',
    );
    expect(await page.getByRole('link', { name: 'Change or cancel this booking' }).getAttribute('href')).toBe(
      '/m/manage-one',
    );
    expect(seriousOf(await runAxe(page))).toEqual([]);

    expect(recorded.bodies[1]).toEqual({
      start: second.start,
      timeZone: 'Asia/Tokyo',
      form: {
        lastName: 'Durand',
        firstName: 'Léa',
        email: 'lea@example.fr',
        contactMeans: '+33 6 12 34 56 78',
        company: 'Acme',
        role: 'CTO',
      },
    });
    expect(recorded.keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(recorded.keys[1]).not.toBe(recorded.keys[0]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says when a link is unknown or expired', async () => {
    const { context, page, problems } = await openPage(browser, origin, { locale: 'en-GB' });
    await page.goto(`${origin}/b/expired-link`);
    await page.getByRole('alert').filter({ hasText: 'This link has expired or does not exist.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(seriousOf(await runAxe(page))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reports a network error and recovers on retry', async () => {
    const { context, page } = await openPage(browser, origin, { locale: 'en-GB', timezoneId: 'Europe/Paris' });
    // The connection drops once, as on a phone going through a tunnel.
    await page.route('**/slots?*', (route) => route.abort('internetdisconnected'), { times: 1 });
    await page.goto(`${origin}/b/good-link`);
    await page.getByRole('alert').filter({ hasText: 'We could not reach the server' }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('button.slot').first().waitFor();
    expect((await shownSlots(page)).length).toBe(SLOTS.length);
    await context.close();
  });

  it('speaks French to a French browser, with a switch to English', async () => {
    const { context, page } = await openPage(browser, origin, { locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    await page.goto(`${origin}/b/good-link`);
    await page.getByRole('heading', { level: 1, name: 'Rendez-vous avec Alice Martin' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('.meeting-summary').innerText()).toContain('Café');
    await page.locator('button.slot').first().waitFor();
    expect((await shownSlots(page))[0]?.day.toLowerCase()).toBe('lundi 2 mars');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting with Alice Martin' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });

  it('lets the contact cancel from the manage page', async () => {
    recorded.status = 'confirmed';
    const { context, page, problems } = await openPage(browser, origin, {
      locale: 'en-GB',
      timezoneId: 'Europe/Paris',
    });
    await page.goto(`${origin}/m/manage-one`);
    await page.getByRole('heading', { level: 1, name: 'Meeting with Alice Martin' }).waitFor();
    expect(await page.getByTestId('booking-when').innerText()).toMatch(/2 March 2026, 16:00 – 16:45/);
    await page.getByRole('button', { name: 'Pick another time' }).click();
    await page.locator('button.slot').first().waitFor();
    expect((await shownSlots(page)).map((row) => row.start)).toEqual(SLOTS.slice(2).map((s) => s.start));
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Cancel this booking' }).click();
    await focusOn(page, 'textContent', 'Cancel this meeting with Alice Martin?');
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.locator('.panel-success').filter({ hasText: 'Your booking is cancelled.' }).waitFor();
    await focusOn(page, 'className', 'panel panel-success');
    await page.getByText('This booking is cancelled.').waitFor();
    expect(await page.getByRole('button', { name: 'Cancel this booking' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the booking from the manage page in French, with fresh times after a 409 (#6)', async () => {
    recorded.status = 'confirmed';
    const { context, page, problems } = await openPage(browser, origin, {
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    await page.goto(`${origin}/m/manage-one`);
    await page.getByRole('heading', { level: 1, name: 'Rendez-vous avec Alice Martin' }).waitFor();
    await page.getByRole('button', { name: 'Choisir un autre horaire' }).click();
    await page.locator('button.slot').first().waitFor();
    // The current time (SLOTS[1]) is not offered as "another time".
    expect((await shownSlots(page)).map((row) => row.start)).toEqual(SLOTS.slice(2).map((s) => s.start));
    await page.locator(`button.slot[data-start="${SLOTS[2]!.start}"]`).click();
    await page.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
    await page.getByRole('alert').filter({ hasText: 'Désolé, cet horaire vient d’être pris.' }).waitFor();
    expect((await shownSlots(page)).map((row) => row.start)).toEqual([SLOTS[3]!.start, SLOTS[4]!.start]);
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.locator(`button.slot[data-start="${SLOTS[3]!.start}"]`).click();
    await page.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
    await page.locator('.panel-success').filter({ hasText: 'Votre rendez-vous a été déplacé au' }).waitFor();
    await focusOn(page, 'className', 'panel panel-success');
    expect(recorded.movedTo).toBe(SLOTS[3]!.start);
    await page.getByTestId('booking-when').filter({ hasText: '3 mars 2026' }).waitFor(); // 14:00 Paris
    expect(await page.getByTestId('booking-when').innerText()).toContain('14:00');
    expect(seriousOf(await runAxe(page))).toEqual([]);
    expect(problems).toEqual([]);
    recorded.movedTo = undefined;
    await context.close();
  });

  it('fits a 360 px phone screen without horizontal scrolling', async () => {
    const { context, page } = await openPage(browser, origin, {
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    await page.goto(`${origin}/b/good-link`);
    await page.locator('button.slot').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const smallest = await page.$$eval('button', (buttons) =>
      Math.min(...buttons.map((button) => button.getBoundingClientRect().height)),
    );
    expect(smallest).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${SHOTS_DIR}booking-page-360.png`, fullPage: true });
    await page.locator('button.slot').first().click();
    await page.screenshot({ path: `${SHOTS_DIR}booking-page-360-form.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
