/**
 * A client asks Slash by email to move or cancel a meeting it organised (#9), over loopback SMTP:
 * the client's signed message goes through the listener, Slash's mail is captured by the sink.
 * Meetings are booked first through their booking links (the week of 2 March 2026, Paris), then
 * the client writes on Monday 2 March.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationOf, message } from './email-messages.js';
import { ASSISTANT, createEmailWorld, type EmailWorld } from './email-world.js';
import type { SunkMessage } from './smtp-sink.js';

const BOOKED_AT = Date.parse('2026-02-26T08:00:00Z');
const WRITES_AT = Date.parse('2026-03-02T08:00:00Z');
const HELEN = 'helen@contact.example';
const BOB = 'bob@contact.example';
const PAUL = 'paul@contact.example';

describe('client requests to move or cancel a meeting by email (#9)', () => {
  let world: EmailWorld;
  let requests = 0;
  beforeAll(async () => {
    world = await createEmailWorld({ nowMs: BOOKED_AT });
  });
  afterAll(async () => world.close());

  async function newClient(local: string, language: 'en' | 'fr') {
    world.clock.set(BOOKED_AT);
    const email = `${local}@client.example`;
    const client = await world.accounts.insertClient({ email, name: local, timeZone: 'Europe/Paris', language });
    const calendarId = await world.connectBuiltinCalendar(client.id);
    return { id: client.id, email, calendarId };
  }

  /** Books a 30-minute call with `contact` at `start` through the link of a "next week" request. */
  async function bookMeeting(
    client: { id: string; email: string },
    input: { contact: string; name: string; start: string; language?: 'en' | 'fr' },
  ): Promise<string> {
    requests += 1;
    const body =
      input.language === 'fr'
        ? 'Bonjour,\r\n\r\nOn peut s’appeler 30 minutes la semaine prochaine ?\r\n\r\nMerci'
        : 'Hi,\r\n\r\nCould we have a 30-minute call next week?\r\n\r\nThanks';
    const raw = message({
      from: client.email,
      to: `${input.name} <${input.contact}>`,
      subject: 'Catch-up',
      id: `<request-${requests}@client.example>`,
      date: 'Thu, 26 Feb 2026 08:00:00 +0000',
      body,
    });
    const view = await world.scheduling.create(client.id, { rawMessage: raw }, 'email');
    const token = view.bookingLink?.url.split('/').pop() ?? '';
    const booked = await world.booking.book(
      token,
      { start: input.start, timeZone: 'Europe/Paris', form: { email: input.contact } },
      `request-${requests}`,
    );
    return booked.bookingId;
  }

  /** Sends the client's signed message on Monday 2 March; resolves with the outcomes and the mail it caused. */
  async function clientWrites(
    client: { email: string },
    input: { subject: string; body: string; id: string; forged?: boolean; references?: string },
  ): Promise<{ outcomes: string[]; mail: SunkMessage[] }> {
    await world.settle();
    world.clock.set(WRITES_AT);
    const before = world.sink.messages.length;
    const raw = message({
      from: client.email,
      to: ASSISTANT,
      subject: input.subject,
      id: input.id,
      body: input.body,
      ...(input.references === undefined ? {} : { references: input.references, inReplyTo: input.references }),
    });
    await world.send(await world.sign(raw, 'client.example', input.forged === true), {
      from: client.email,
      to: [ASSISTANT],
    });
    const outcomes = await world.settle();
    return { outcomes, mail: world.sink.messages.slice(before) };
  }

  /** The email thread of `requestId` (default: the client's only booking's), rooted at `root`, with Helen in it. */
  async function openThread(clientId: string, root: string, requestId?: string): Promise<void> {
    const [booking] = await world.booking.upcomingForClient(clientId);
    await world.repository.insertThread({
      clientId,
      threadKey: root,
      requestId: requestId ?? booking!.requestId,
      language: 'en',
      subject: 'Catch-up',
      contactEmails: [HELEN],
      messageIds: [root],
      lastActivityAt: new Date(BOOKED_AT),
    });
  }

  const startsOf = async (clientId: string) =>
    (await world.booking.upcomingForClient(clientId)).map((booking) => [booking.contacts[0]?.email, booking.start]);

  const vevent = (sunk: SunkMessage) => new ICAL.Event(invitationOf(sunk).getFirstSubcomponent('vevent')!);

  it('moves "my 11am call with Helen" to Thursday 11:00 and leaves the 11am call with Bob alone (EN)', async () => {
    const client = await newClient('camille', 'en');
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    await bookMeeting(client, { contact: BOB, name: 'Bob Stone', start: '2026-03-04T10:00:00Z' });
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Helen',
      id: '<move-helen@client.example>',
      body: 'Hi Slash,\r\n\r\nPlease move my 11am call with Helen to Thursday.\r\n\r\nCamille',
    });
    expect(outcomes).toEqual(['client_rescheduled']);
    expect(await startsOf(client.id)).toEqual([
      [BOB, '2026-03-04T10:00:00.000Z'],
      [HELEN, '2026-03-05T10:00:00.000Z'],
    ]);
    // Helen gets the updated invitation: same UID, SEQUENCE 1, the new start; Bob gets nothing.
    expect(mail.filter((sunk) => sunk.recipients.includes(BOB))).toEqual([]);
    const toHelen = mail.filter((sunk) => sunk.recipients.includes(HELEN));
    expect(toHelen).toHaveLength(1);
    expect(invitationOf(toHelen[0]!).getFirstPropertyValue('method')).toBe('REQUEST');
    expect(toHelen[0]!.raw).toMatch(/SEQUENCE:1\r?\n/);
    expect(vevent(toHelen[0]!).startDate.toJSDate().toISOString()).toBe('2026-03-05T10:00:00.000Z');
    // The calendar follows; the client gets a threaded, automatic confirmation in their zone.
    const events = await world.calendarEvents(client.id, client.calendarId, {
      fromMs: Date.parse('2026-03-02T00:00:00Z'),
      toMs: Date.parse('2026-03-07T00:00:00Z'),
    });
    const live = events.filter((event) => event.cancelledAt === null).map((event) => event.startsAt.toISOString());
    expect(live.sort()).toEqual(['2026-03-04T10:00:00.000Z', '2026-03-05T10:00:00.000Z']);
    const confirmation = mail.find((sunk) => sunk.email.inReplyTo === '<move-helen@client.example>');
    expect(confirmation?.recipients).toEqual([client.email]);
    expect(confirmation?.email.subject).toBe('Re: Helen');
    expect(confirmation?.raw).toMatch(/Auto-Submitted: auto-replied/);
    expect(confirmation?.email.text).toContain('Thursday 5 March, 11:00–11:30 (Europe/Paris)');
    expect(confirmation?.email.text).toContain('Helen Park');
  });

  it('cancels "mon rendez-vous de mardi avec Paul": CANCEL to Paul, calendar event gone, French confirmation (FR)', async () => {
    const client = await newClient('claire', 'fr');
    const tuesday = { contact: PAUL, name: 'Paul Lefèvre', language: 'fr' as const };
    await bookMeeting(client, { ...tuesday, start: '2026-03-03T13:00:00Z' });
    await bookMeeting(client, { ...tuesday, start: '2026-03-05T09:00:00Z' });
    await world.settle();
    const tuesdayRange = { fromMs: Date.parse('2026-03-03T00:00:00Z'), toMs: Date.parse('2026-03-04T00:00:00Z') };
    const tuesdayEvents = async () =>
      (await world.calendarEvents(client.id, client.calendarId, tuesdayRange)).map((event) => [
        event.startsAt.toISOString(),
        event.cancelledAt !== null,
      ]);
    expect(await tuesdayEvents()).toEqual([['2026-03-03T13:00:00.000Z', false]]);
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Annulation',
      id: '<cancel-paul@client.example>',
      body: 'Bonjour,\r\n\r\nPeux-tu annuler mon rendez-vous de mardi avec Paul ?\r\n\r\nClaire',
    });
    expect(outcomes).toEqual(['client_cancelled']);
    expect(await startsOf(client.id)).toEqual([[PAUL, '2026-03-05T09:00:00.000Z']]);
    const toPaul = mail.filter((sunk) => sunk.recipients.includes(PAUL));
    expect(toPaul).toHaveLength(1);
    expect(invitationOf(toPaul[0]!).getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent(toPaul[0]!).startDate.toJSDate().toISOString()).toBe('2026-03-03T13:00:00.000Z');
    expect(await tuesdayEvents()).toEqual([['2026-03-03T13:00:00.000Z', true]]);
    const confirmation = mail.find((sunk) => sunk.email.inReplyTo === '<cancel-paul@client.example>');
    expect(confirmation?.recipients).toEqual([client.email]);
    expect(confirmation?.email.text).toContain("C'est fait : j'ai annulé Appel avec Paul Lefèvre");
    expect(confirmation?.email.text).toContain('prévu le mardi 3 mars, 14 h 00 – 14 h 30 (Europe/Paris)');
  });

  it('moves "mon rendez-vous avec M. Lefevre" (Lefèvre) to Thursday afternoon at the same time, accents aside (FR)', async () => {
    const client = await newClient('jade', 'fr');
    await bookMeeting(client, { contact: PAUL, name: 'Paul Lefèvre', start: '2026-03-03T13:00:00Z', language: 'fr' });
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Décalage',
      id: '<move-paul@client.example>',
      body: 'Bonjour,\r\n\r\nPeux-tu décaler mon rendez-vous avec M. Lefevre à jeudi après-midi ?\r\n\r\nJade',
    });
    expect(outcomes).toEqual(['client_rescheduled']);
    expect(await startsOf(client.id)).toEqual([[PAUL, '2026-03-05T13:00:00.000Z']]);
    const toPaul = mail.filter((sunk) => sunk.recipients.includes(PAUL));
    expect(toPaul.map((sunk) => invitationOf(sunk).getFirstPropertyValue('method'))).toEqual(['REQUEST']);
    expect(toPaul[0]!.raw).toMatch(/SEQUENCE:1\r?\n/);
    const confirmation = mail.find((sunk) => sunk.email.inReplyTo === '<move-paul@client.example>');
    expect(confirmation?.email.text).toContain(
      "C'est fait : Appel avec Paul Lefèvre est déplacé au jeudi 5 mars, 14 h 00 – 14 h 30 (Europe/Paris)",
    );
  });

  it("never changes another client's booking by id", async () => {
    const owner = await newClient('kim', 'en');
    const bookingId = await bookMeeting(owner, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    const other = await newClient('lea', 'en');
    await expect(world.booking.cancelForClient(other.id, bookingId)).rejects.toMatchObject({ status: 404 });
    await expect(world.booking.rescheduleForClient(other.id, bookingId, '2026-03-05T10:00:00Z')).rejects.toMatchObject({
      status: 404,
    });
    await expect(world.booking.rescheduleSlotsForClient(other.id, bookingId, 'Europe/Paris')).rejects.toMatchObject({
      status: 404,
    });
    expect(await world.booking.upcomingForClient(other.id)).toEqual([]);
    expect(await startsOf(owner.id)).toEqual([[HELEN, '2026-03-03T10:00:00.000Z']]);
  });

  it('moves nothing and lists both meetings when two calls with Helen fit', async () => {
    const client = await newClient('dana', 'en');
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-04T14:00:00Z' });
    const before = await startsOf(client.id);
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Helen',
      id: '<which-helen@client.example>',
      body: 'Hi Slash,\r\n\r\nPlease reschedule my call with Helen to Friday.\r\n\r\nDana',
    });
    expect(outcomes).toEqual(['client_change_ambiguous']);
    expect(await startsOf(client.id)).toEqual(before);
    expect(mail.map((sunk) => sunk.recipients)).toEqual([[client.email]]);
    expect(mail[0]?.email.text).toContain('Which one do you mean?');
    expect(mail[0]?.email.text).toContain('Tuesday 3 March, 11:00–11:30');
    expect(mail[0]?.email.text).toContain('Wednesday 4 March, 15:00–15:30');
    expect(await world.support.list({ clientId: client.id })).toEqual([]);
  });

  it('moves nothing when nothing is free on the day asked, and offers the nearest free times', async () => {
    const client = await newClient('erin', 'en');
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    await world.addBusyEvent(client.id, {
      startMs: Date.parse('2026-03-04T23:00:00Z'),
      endMs: Date.parse('2026-03-05T23:00:00Z'),
    });
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Helen',
      id: '<busy-thursday@client.example>',
      body: 'Hi Slash,\r\n\r\nPlease reschedule my 11am call with Helen to Thursday.\r\n\r\nErin',
    });
    expect(outcomes).toEqual(['client_reschedule_no_free_time']);
    expect(await startsOf(client.id)).toEqual([[HELEN, '2026-03-03T10:00:00.000Z']]);
    expect(mail.map((sunk) => sunk.recipients)).toEqual([[client.email]]);
    const text = mail[0]?.email.text ?? '';
    expect(text).toContain('nothing is free at the time you asked for');
    const alternatives = text.split('\n').filter((line) => line.startsWith('- '));
    expect(alternatives.length).toBeGreaterThanOrEqual(1);
    expect(alternatives.length).toBeLessThanOrEqual(3);
    expect(alternatives.join('\n')).not.toContain('Thursday 5 March');
    expect(alternatives.join('\n')).toMatch(/Wednesday 4 March|Friday 6 March/);
  });

  it('tells the client and opens a support ticket when no meeting matches', async () => {
    const client = await newClient('gus', 'en');
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Cancel',
      id: '<cancel-zoe@client.example>',
      body: 'Hi Slash,\r\n\r\nPlease cancel my call with Zoe.\r\n\r\nGus',
    });
    expect(outcomes).toEqual(['client_change_no_meeting']);
    expect(await startsOf(client.id)).toEqual([[HELEN, '2026-03-03T10:00:00.000Z']]);
    expect(mail[0]?.email.text).toContain('I found no meeting organised by Slash that matches your request');
    expect(mail[0]?.email.text).toContain('Call with Helen Park — Tuesday 3 March, 11:00–11:30');
    const tickets = await world.support.list({ clientId: client.id });
    expect(tickets.map((ticket) => ticket.kind)).toEqual(['email_stuck']);
  });

  it('cancels nothing for a forged "cancel my meeting with Paul" (DKIM fails)', async () => {
    const client = await newClient('hugo', 'en');
    await bookMeeting(client, { contact: PAUL, name: 'Paul Lefèvre', start: '2026-03-03T13:00:00Z' });
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Cancel',
      id: '<forged-cancel@client.example>',
      body: 'Please cancel my meeting with Paul.',
      forged: true,
    });
    expect(outcomes).toEqual(['unauthenticated']);
    expect(mail).toEqual([]);
    expect(await startsOf(client.id)).toEqual([[PAUL, '2026-03-03T13:00:00.000Z']]);
  });

  it('never lets a contact cancel by email: in the thread it goes to the client, the client can then cancel', async () => {
    const client = await newClient('iris', 'en');
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    await openThread(client.id, '<iris-root@client.example>');
    await world.settle();
    world.clock.set(WRITES_AT);
    const before = world.sink.messages.length;
    const inThread = message({
      from: `Helen Park <${HELEN}>`,
      to: client.email,
      cc: ASSISTANT,
      subject: 'Re: Catch-up',
      id: '<helen-cancel@contact.example>',
      references: '<iris-root@client.example>',
      body: 'Please cancel our call, sorry.',
    });
    await world.send(await world.sign(inThread, 'contact.example'), { from: HELEN, to: [ASSISTANT] });
    const newThread = message({
      from: `Helen Park <${HELEN}>`,
      to: ASSISTANT,
      subject: 'Cancel',
      id: '<helen-cancel-2@contact.example>',
      body: 'Please cancel my call with Iris.',
    });
    await world.send(await world.sign(newThread, 'contact.example'), { from: HELEN, to: [ASSISTANT] });
    expect((await world.settle()).sort()).toEqual(['forwarded_to_client', 'unknown_sender_answered']);
    expect(await startsOf(client.id)).toEqual([[HELEN, '2026-03-03T10:00:00.000Z']]);
    const mail = world.sink.messages.slice(before);
    expect(mail.filter((sunk) => sunk.raw.includes('BEGIN:VCALENDAR'))).toEqual([]);
    expect(mail.find((sunk) => sunk.email.inReplyTo === '<helen-cancel@contact.example>')?.recipients).toEqual([
      client.email,
    ]);
    // The client answers in the same thread: the thread's booking is the one cancelled.
    const answer = await clientWrites(client, {
      subject: 'Re: Catch-up',
      id: '<iris-cancel@client.example>',
      references: '<iris-root@client.example>',
      body: 'Please cancel it.\r\n\r\nIris',
    });
    expect(answer.outcomes).toEqual(['client_cancelled']);
    expect(await startsOf(client.id)).toEqual([]);
    const toHelen = answer.mail.filter((sunk) => sunk.recipients.includes(HELEN));
    expect(toHelen.map((sunk) => invitationOf(sunk).getFirstPropertyValue('method'))).toEqual(['CANCEL']);
  });

  it("opens a support ticket when a contact's questions can no longer be passed on to the client", async () => {
    const client = await newClient('mia', 'en');
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    await openThread(client.id, '<mia-root@client.example>');
    await world.settle();
    world.clock.set(WRITES_AT);
    for (const n of [1, 2, 3, 4]) {
      const question = message({
        from: `Helen Park <${HELEN}>`,
        to: client.email,
        cc: ASSISTANT,
        subject: 'Re: Catch-up',
        id: `<mia-question-${n}@contact.example>`,
        references: '<mia-root@client.example>',
        body: `Question ${n}: is there parking near your office?`,
      });
      await world.send(await world.sign(question, 'contact.example'), { from: HELEN, to: [ASSISTANT] });
    }
    expect(await world.support.list({ clientId: client.id })).toEqual([]);
    const outcomes = await world.settle();
    expect(outcomes.filter((outcome) => outcome === 'forwarded_to_client')).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === 'rate_limited')).toHaveLength(1);
    const tickets = await world.support.list({ clientId: client.id });
    expect(tickets.map((ticket) => ticket.kind)).toEqual(['email_stuck']);
  });

  it('re-proposes in a thread whose request is not booked yet; the booked meeting with the same contact stays', async () => {
    const client = await newClient('noah', 'en');
    const view = await world.scheduling.create(
      client.id,
      {
        rawMessage: message({
          from: client.email,
          to: `Helen Park <${HELEN}>`,
          subject: 'Catch-up',
          id: '<noah-root@client.example>',
          date: 'Thu, 26 Feb 2026 08:00:00 +0000',
          body: 'Hi Helen, could we have a 30-minute call next week?',
        }),
      },
      'email',
    );
    await bookMeeting(client, { contact: HELEN, name: 'Helen Park', start: '2026-03-03T10:00:00Z' });
    await openThread(client.id, '<noah-root@client.example>', view.id);
    const { outcomes, mail } = await clientWrites(client, {
      subject: 'Re: Catch-up',
      id: '<noah-move@client.example>',
      references: '<noah-root@client.example>',
      body: 'Helen, sorry, could we reschedule this to Friday?\r\n\r\nNoah',
    });
    // "This" is the thread's own meeting, not booked yet: new proposals on Friday to Helen, client copied.
    expect(outcomes).toEqual(['new_proposals_sent']);
    expect(mail.map((sunk) => sunk.recipients.sort())).toEqual([[client.email, HELEN].sort()]);
    expect(mail[0]?.email.text).toMatch(/Friday/);
    expect(await startsOf(client.id)).toEqual([[HELEN, '2026-03-03T10:00:00.000Z']]);
  });
});
