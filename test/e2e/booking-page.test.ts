/**
 * The booking page end to end on the real API (issue #6): a client's scheduling request yields a
 * booking link; a contact in New York opens it in headless Chromium, sees the API's live slots
 * grouped by their local day, books one with the optional form, gets the confirmation with the .ics
 * and manage links — the event lands in the client's calendar with the answers and the invitation
 * reaches the SMTP server with an .ics that ical.js reads — and cancels from the manage page; another booking moves to a new time from its
 * manage page. Runs under the app's real CSP and helmet headers; axe-core finds no serious or
 * critical violation on any step.
 * Assumes `npm run build -w web-booking` ran (the root `npm test` builds first); skips otherwise.
 */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import {
  createSchedulingWorld,
  eventually,
  sampleThread,
  type SchedulingWorld,
} from '../api/booking/booking-fixture.js';
import { startSmtpSink, type SmtpSink } from '../stand-ins/smtp-sink.js';
import {
  isBookingPageBuilt,
  launchChromium,
  openPage,
  runAxe,
  seriousOf,
  shownSlots,
  SHOTS_DIR,
} from './booking-page-browser.js';

const ZONE = 'America/New_York';
const isBuilt = isBookingPageBuilt();
let world: SchedulingWorld;
let origin: string;
let browser: Browser;
let linkPath: string;
let sink: SmtpSink;
/** Another link of the same client, never booked: what the client's free times look like to a new contact. */
let spareToken: string;

/** The API's free slots for the link, as the page must show them: first 7 local days in `timeZone`. */
async function apiSlotsByDay(token: string, timeZone: string) {
  const response = await world.app.inject({
    method: 'GET',
    url: `/v1/public/links/${token}/slots?timeZone=${encodeURIComponent(timeZone)}`,
  });
  expect(response.statusCode).toBe(200);
  const slots = (response.json() as { slots: { start: string }[] }).slots;
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
  const rows = slots.map((slot) => ({ start: slot.start, day: day.format(Date.parse(slot.start)) }));
  const firstDays = [...new Set(rows.map((row) => row.day))].slice(0, 7);
  return rows.filter((row) => firstDays.includes(row.day));
}

beforeAll(async () => {
  if (!isBuilt) return;
  sink = await startSmtpSink();
  world = await createSchedulingWorld({ runWorkers: true, config: { smtpUrl: sink.url } });
  await world.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(world.app.server.address() as AddressInfo).port}`;
  const created = await world.app.inject({
    method: 'POST',
    url: '/v1/scheduling-requests',
    headers: world.auth,
    payload: { thread: sampleThread() },
  });
  expect(created.statusCode, created.body).toBe(201);
  const view: SchedulingRequestView = created.json();
  // The link is absolute on the configured public base URL; the page is served by this process.
  linkPath = new URL(view.bookingLink!.url).pathname;
  const spare = await world.app.inject({
    method: 'POST',
    url: '/v1/scheduling-requests',
    headers: world.auth,
    payload: { thread: sampleThread({ email: 'bo.yang@beta.example', name: 'Bo Yang' }) },
  });
  spareToken = new URL((spare.json() as SchedulingRequestView).bookingLink!.url).pathname.split('/').at(-1)!;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await world?.close();
  await sink?.close();
});

describe.skipIf(!isBuilt)('booking page on the real API', () => {
  it('books a live slot in the contact zone with the form, then cancels it from the manage page', async () => {
    const token = linkPath.split('/').at(-1)!;
    const { context, page, problems } = await openPage(browser, origin, { timezoneId: ZONE, locale: 'en-US' });
    const response = await page.goto(`${origin}${linkPath}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    expect(response?.headers()['cache-control']).toBe('no-store');

    await page.getByRole('heading', { level: 1, name: 'Meeting with Camille Martin' }).waitFor();
    expect(await page.locator('.meeting-summary').innerText()).toMatch(/Phone call|Video call|Meeting/);
    await page.locator(`.slot-days[data-time-zone="${ZONE}"]`).waitFor();
    const expected = await apiSlotsByDay(token, ZONE);
    expect(expected.length).toBeGreaterThan(0);
    const shown = (await shownSlots(page)).map((row) => ({ start: row.start, day: row.day.replace(/\s+/g, ' ') }));
    expect(shown).toEqual(expected.map((row) => ({ ...row, day: row.day.replace(/\s+/g, ' ') })));
    expect(seriousOf(await runAxe(page))).toEqual([]);

    const chosen = expected[0]!.start;
    await page.locator(`button.slot[data-start="${chosen}"]`).click();
    await page.getByRole('heading', { name: 'Your details' }).waitFor();
    await page.getByLabel('Last name').fill('Lee');
    await page.getByLabel('First name').fill('Ann');
    await page.getByLabel('Email').fill('ann.lee@acme.example');
    await page.getByLabel('Another way to reach you').fill('+1 212 555 0100');
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Role').fill('Head of Product');
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: 'Confirm booking' }).click();

    await page.getByRole('heading', { name: 'Your meeting is booked' }).waitFor();
    expect(seriousOf(await runAxe(page))).toEqual([]);
    const manageHref = await page.getByRole('link', { name: 'Change or cancel this booking' }).getAttribute('href');
    const icsHref = await page.getByRole('link', { name: 'Add to my calendar (.ics)' }).getAttribute('href');
    const managePath = new URL(manageHref!, origin).pathname;
    const manageToken = managePath.split('/').at(-1)!;
    expect(new URL(icsHref!, origin).pathname).toBe(`/v1/public/bookings/${manageToken}/invite.ics`);
    const booked = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manageToken}` });
    expect(booked.json()).toMatchObject({ start: chosen, status: 'confirmed' });
    // The slot is gone from the live list of any other link.
    expect((await apiSlotsByDay(spareToken, ZONE)).map((row) => row.start)).not.toContain(chosen);
    // The event is in the client's (built-in) calendar with the contact's answers...
    const event = await eventually(async () => {
      const rows = await world.runtime.database.executeSql(
        'select description, attendees from builtin_events where starts_at = $1 and cancelled_at is null',
        [chosen],
      );
      return rows.rows[0];
    });
    expect(event.description).toContain('Acme');
    expect(event.description).toContain('+1 212 555 0100');
    expect(event.description).toContain('Head of Product');
    // ...and the contact's invitation reached the SMTP server with an .ics for the right instant.
    const messages = await sink.waitFor(2);
    const invitation = messages.find((message) => message.to.includes('ann.lee@acme.example'));
    expect(invitation).toBeDefined();
    const icsText = (await PostalMime.parse(invitation!.raw)).attachments
      .map((attachment) =>
        typeof attachment.content === 'string' ? attachment.content : new TextDecoder().decode(attachment.content),
      )
      .find((text) => text.includes('BEGIN:VCALENDAR'));
    const calendar = new ICAL.Component(ICAL.parse(icsText!));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe(chosen);
    expect(vevent.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toContain(
      'mailto:ann.lee@acme.example',
    );
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: `${SHOTS_DIR}booking-page-real-api-confirmation-360.png`, fullPage: true });
    // The link books one meeting: opened again (another contact, another tab), it says when it is.
    await page.goto(`${origin}${linkPath}`);
    await page.getByRole('heading', { name: 'This meeting is already booked' }).waitFor();
    const when = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hour: 'numeric', minute: '2-digit' });
    expect(await page.getByTestId('booked-when').innerText()).toContain(when.format(Date.parse(chosen)));
    expect(await page.locator('button.slot').count()).toBe(0);
    expect(seriousOf(await runAxe(page))).toEqual([]);

    await page.goto(`${origin}${managePath}`);
    await page.getByRole('heading', { level: 1, name: 'Meeting with Camille Martin' }).waitFor();
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: 'Cancel this booking' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByText('This booking is cancelled.').waitFor();
    const cancelled = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manageToken}` });
    expect([200, 404, 410]).toContain(cancelled.statusCode);
    if (cancelled.statusCode === 200) expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    // The calendar event is cancelled by a job: wait for it, so the next test sees settled free times.
    await eventually(async () => {
      const rows = await world.runtime.database.executeSql(
        'select 1 from builtin_events where starts_at = $1 and cancelled_at is null',
        [chosen],
      );
      return rows.rows.length === 0 ? true : undefined;
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves a booking from the manage page to another live time, and the old time is free again (#6)', async () => {
    const token = linkPath.split('/').at(-1)!;
    // The first test cancelled its booking, so the link offers times again.
    const offered = await apiSlotsByDay(token, ZONE);
    const oldStart = offered[2]!.start;
    const booked = await world.app.inject({
      method: 'POST',
      url: `/v1/public/links/${token}/bookings`,
      headers: { 'idempotency-key': 'e2e-move-0001' },
      payload: { start: oldStart, timeZone: ZONE },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const managePath = new URL((booked.json() as { manageUrl: string }).manageUrl).pathname;
    const manageToken = managePath.split('/').at(-1)!;
    // What the page must offer: the API's times to move to, minus the current one, first 7 local days.
    const moveSlots = await world.app.inject({
      method: 'GET',
      url: `/v1/public/bookings/${manageToken}/slots?timeZone=${encodeURIComponent(ZONE)}`,
    });
    expect(moveSlots.statusCode).toBe(200);
    const day = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' });
    const moveRows = (moveSlots.json() as { slots: { start: string }[] }).slots
      .filter((slot) => slot.start !== oldStart)
      .map((slot) => ({ start: slot.start, day: day.format(Date.parse(slot.start)) }));
    const firstDays = [...new Set(moveRows.map((row) => row.day))].slice(0, 7);
    const expected = moveRows.filter((row) => firstDays.includes(row.day));
    const target = expected.find((row) => row.day !== day.format(Date.parse(oldStart)))!.start;

    const { context, page, problems } = await openPage(browser, origin, { timezoneId: ZONE, locale: 'en-US' });
    await page.goto(`${origin}${managePath}`);
    await page.getByRole('heading', { level: 1, name: 'Meeting with Camille Martin' }).waitFor();
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: 'Pick another time' }).click();
    await page.locator(`.slot-days[data-time-zone="${ZONE}"]`).waitFor();
    const shown = (await shownSlots(page)).map((row) => ({ start: row.start, day: row.day.replace(/\s+/g, ' ') }));
    expect(shown).toEqual(expected.map((row) => ({ ...row, day: row.day.replace(/\s+/g, ' ') })));
    expect(shown.map((row) => row.start)).not.toContain(oldStart);
    expect(seriousOf(await runAxe(page))).toEqual([]);

    await page.locator(`button.slot[data-start="${target}"]`).click();
    await page.getByText(/^Move the meeting to /).waitFor();
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    await page.locator('.panel-success').filter({ hasText: 'Your meeting was moved to' }).waitFor();
    const time = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hour: 'numeric', minute: '2-digit' });
    await page
      .getByTestId('booking-when')
      .filter({ hasText: time.format(Date.parse(target)) })
      .waitFor();
    expect(seriousOf(await runAxe(page))).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: `${SHOTS_DIR}booking-page-real-api-moved-360.png`, fullPage: true });

    const moved = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manageToken}` });
    expect(moved.json()).toMatchObject({ start: target, status: 'confirmed' });
    const ics = await world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manageToken}/invite.ics` });
    expect(ics.body).toContain('SEQUENCE:1');
    // The calendar event follows the move through a job; once it has, the old time is offered again.
    const linkStarts = await eventually(async () => {
      const starts = (await apiSlotsByDay(spareToken, ZONE)).map((row) => row.start);
      return starts.includes(oldStart) ? starts : undefined;
    });
    expect(linkStarts).not.toContain(target);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers 404 for an unknown link in the page, and serves the page itself', async () => {
    const { context, page, problems } = await openPage(browser, origin, { locale: 'fr-FR' });
    const response = await page.goto(`${origin}/b/${'x'.repeat(43)}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('alert').filter({ hasText: 'Ce lien a expiré ou n’existe pas.' }).waitFor();
    expect(seriousOf(await runAxe(page))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
