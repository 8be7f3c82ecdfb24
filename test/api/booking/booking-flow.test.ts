/**
 * The main job end to end (issue #6): a thread → proposals (checked against findFreeSlots on the
 * same inputs) + booking link + draft reply → live slots in the contact's zone → booking with the
 * form → event in the built-in calendar with the answers → invitation at a real SMTP server with an
 * ICS that ical.js reads back with the right instant, attendees and METHOD:REQUEST.
 */
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreeSlots, type SchedulingRequestView } from '@slash/shared';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import { startSmtpSink, type SmtpSink } from '../../stand-ins/smtp-sink.js';
import {
  createSchedulingWorld,
  eventually,
  linkTokenOf,
  sampleThread,
  type SchedulingWorld,
} from './booking-fixture.js';

let world: SchedulingWorld;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  world = await createSchedulingWorld({ runWorkers: true, config: { smtpUrl: sink.url } });
  // Busy on Tuesday 10 March 10:00–12:00 Paris (09:00–11:00Z): never proposed, never offered.
  await createCalendarsRepository(world.runtime.database.db).insertBuiltinEvent({
    clientId: world.clientId,
    calendarId: world.calendarId,
    uid: 'existing-1@test',
    title: 'Secret board meeting',
    startsAt: new Date('2026-03-10T09:00:00Z'),
    endsAt: new Date('2026-03-10T11:00:00Z'),
  });
});

afterAll(async () => {
  await world?.close();
  await sink?.close();
});

describe('the scheduling and booking flow', () => {
  let view: SchedulingRequestView;

  it('answers a thread with proposals that findFreeSlots agrees are free, a link and an English draft', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/v1/scheduling-requests',
      headers: world.auth,
      payload: { thread: sampleThread() },
    });
    expect(response.statusCode, response.body).toBe(201);
    view = response.json();
    expect(view.effective.type).toBe('call');
    expect(view.effective.durationMinutes).toBe(30);
    expect(view.effective.contacts.map((contact) => contact.email)).toEqual(['ann.lee@acme.example']);
    expect(view.proposals).toHaveLength(3);
    // Same inputs through the contract engine: working hours 09:00–18:00 Paris, the stated window, the busy event.
    const window = view.effective.timeWindows[0]!;
    const free = findFreeSlots({
      now: '2026-03-02T08:00:00Z',
      timeZone: 'Europe/Paris',
      durationMinutes: 30,
      stepMinutes: 15,
      window: { from: window.from, to: window.to },
      minimumNoticeMinutes: 120,
      workingHours: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }],
      busy: [{ start: '2026-03-10T09:00:00Z', end: '2026-03-10T11:00:00Z' }],
    }).slots.map((slot) => slot.start);
    for (const proposal of view.proposals) {
      expect(free).toContain(proposal.start);
      expect(proposal.reasonCodes.length).toBeGreaterThan(0);
      expect(proposal.reason.en).not.toBe('');
      expect(proposal.reason.fr).not.toBe('');
    }
    expect(new Set(view.proposals.map((proposal) => proposal.start.slice(0, 10))).size).toBe(3);
    expect(view.bookingLink?.url).toMatch(/^https:\/\/slash\.test\/b\/[A-Za-z0-9_-]{43}$/);
    expect(view.draftReply.language).toBe('en');
    expect(view.draftReply.text).toContain(view.bookingLink!.url);
    expect(view.draftReply.text).toContain('Hello Ann Lee');
    expect(view.draftReply.text).not.toContain('Secret board meeting');
    expect(view.draftReply.html).toContain('<li>');
  });

  it('records why each proposal was made (automated decision record)', async () => {
    const rows = await world.runtime.database.executeSql(
      'select reason_codes, inputs_summary, rule_version from proposals',
    );
    expect(rows.rows).toHaveLength(3);
    for (const row of rows.rows) {
      expect(row.rule_version).toBe('slash-propose-slots/1');
      expect((row.inputs_summary as { type: string }).type).toBe('call');
    }
  });

  it('offers every free slot live in the zone the contact chose', async () => {
    const token = linkTokenOf(view.bookingLink!.url);
    const link = await world.app.inject({ method: 'GET', url: `/v1/public/links/${token}` });
    expect(link.statusCode).toBe(200);
    expect(link.json()).toEqual({
      clientName: 'Camille Martin',
      meeting: { type: 'call', durationMinutes: 30, location: null, isRemote: true },
      language: 'en',
      contactTimeZone: null,
      privacyNoticeUrl: 'https://slash.test/privacy',
      bookedFor: null,
    });
    const slots = await world.app.inject({
      method: 'GET',
      url: `/v1/public/links/${token}/slots?timeZone=America/New_York`,
    });
    expect(slots.statusCode).toBe(200);
    const body = slots.json() as { timeZone: string; slots: { start: string }[] };
    expect(body.timeZone).toBe('America/New_York');
    expect(body.slots.length).toBeGreaterThan(50);
    expect(body.slots.map((slot) => slot.start)).not.toContain('2026-03-10T09:30:00.000Z');
    for (const proposal of view.proposals) expect(body.slots.map((slot) => slot.start)).toContain(proposal.start);
  });

  it('books with the form: event with the answers in the calendar, invitation with a parsable ICS at the SMTP server', async () => {
    const token = linkTokenOf(view.bookingLink!.url);
    const start = view.proposals[1]!.start;
    const response = await world.app.inject({
      method: 'POST',
      url: `/v1/public/links/${token}/bookings`,
      headers: { 'idempotency-key': 'flow-booking-0001' },
      payload: {
        start,
        timeZone: 'America/New_York',
        form: { firstName: 'Ann', lastName: 'Lee', company: 'Acme', role: 'CTO', contactMeans: '+1 212 555 0100' },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const booking = response.json() as { bookingId: string; start: string; manageUrl: string; icsUrl: string };
    expect(booking.start).toBe(start);
    expect(booking.manageUrl).toMatch(/^https:\/\/slash\.test\/m\/[A-Za-z0-9_-]{43}$/);

    const event = await eventually(async () => {
      const rows = await world.runtime.database.executeSql(
        'select title, description, attendees, starts_at from builtin_events where uid = $1',
        [`${booking.bookingId}@slash`],
      );
      return rows.rows[0];
    });
    expect(new Date(event.starts_at as string).toISOString()).toBe(start);
    expect(event.description).toContain('Société: Acme'); // the client's language (fr)
    expect(event.description).toContain('+1 212 555 0100');
    expect(event.attendees).toEqual([{ email: 'ann.lee@acme.example', name: 'Ann Lee', optional: false }]);

    const messages = await sink.waitFor(2);
    const invitation = messages.find((message) => message.to.includes('ann.lee@acme.example'));
    expect(invitation).toBeDefined();
    const parsed = await PostalMime.parse(invitation!.raw);
    const icsText = parsed.attachments
      .map((attachment) =>
        typeof attachment.content === 'string' ? attachment.content : new TextDecoder().decode(attachment.content),
      )
      .find((text) => text.includes('BEGIN:VCALENDAR'));
    expect(icsText).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(icsText!));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe(start);
    expect(vevent.uid).toBe(`${booking.bookingId}@slash`);
    expect(vevent.sequence).toBe(0);
    expect(vevent.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual([
      'mailto:ann.lee@acme.example',
    ]);
    // The client's notice carries the answers; the contact's invitation is in their zone.
    expect(parsed.text).toContain('(America/New_York)');
    const notice = messages.find((message) => message.to.includes('camille.martin@client.example'));
    expect((await PostalMime.parse(notice!.raw)).text).toContain('Acme');
  });
});
