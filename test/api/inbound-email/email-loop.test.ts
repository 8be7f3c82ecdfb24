import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSlot, type ProposalView } from '@slash/shared';
import { invitationOf, message } from './email-messages.js';
import { ASSISTANT, createEmailWorld, type EmailWorld } from './email-world.js';
import type { SunkMessage } from './smtp-sink.js';

const CLIENT = 'camille@client.example';
const CONTACT = 'alice@contact.example';
const CONTACT_FR = 'paul@contact.example';

/** The proposal lines of Slash's reply ("- Wednesday 11 March, 09:00–09:30"), in the order the contact reads them. */
const proposalLines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).trim());

describe('email channel over SMTP', () => {
  let world: EmailWorld;
  let clientId: string;
  let calendarId: string;
  beforeAll(async () => {
    world = await createEmailWorld({ limits: { perThreadPerDay: 3, perClientPerHour: 5 } });
    const client = await world.accounts.insertClient({
      email: CLIENT,
      name: 'Camille Martin',
      timeZone: 'Europe/Paris',
      language: 'en',
    });
    clientId = client.id;
    calendarId = await world.connectBuiltinCalendar(client.id);
  });
  afterAll(async () => world.close());

  /** The request of the thread rooted at `rootId`, and the proposals its reply listed. */
  async function requestOf(rootId: string) {
    const thread = await world.repository.findThreadByKeys([rootId]);
    return world.scheduling.get(clientId, thread?.requestId ?? '');
  }

  /**
   * The meeting is booked at `proposal`: the event is in the client's calendar with the contact
   * invited, the contact got an invitation (METHOD:REQUEST) for that time, the client a notice.
   */
  async function expectBookedAt(input: {
    proposal: ProposalView;
    contact: string;
    mail: SunkMessage[];
    thread: { root: string; subject: string };
  }) {
    const { proposal, contact, mail } = input;
    const events = await world.calendarEvents(clientId, calendarId, {
      fromMs: Date.parse(proposal.start),
      toMs: Date.parse(proposal.end),
    });
    expect(events.map((event) => [event.startsAt.toISOString(), event.endsAt.toISOString()])).toEqual([
      [proposal.start, proposal.end],
    ]);
    expect(events[0]?.attendees.map((attendee) => attendee.email)).toContain(contact);
    const invitations = mail.filter(
      (sunk) => sunk.recipients.includes(contact) && sunk.raw.includes('BEGIN:VCALENDAR'),
    );
    expect(invitations).toHaveLength(1);
    const calendar = invitationOf(invitations[0]!);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(proposal.start);
    expect(event.endDate.toJSDate().toISOString()).toBe(proposal.end);
    expect(event.organizer.toLowerCase()).toBe(`mailto:${CLIENT}`);
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual([
      `mailto:${contact}`,
    ]);
    expect(events[0]?.uid).toBe(event.uid);
    // The client is the organizer: the event is written to their calendar and they get a notice
    // carrying their own copy of the invitation (METHOD:PUBLISH, every attendee).
    const notices = mail.filter((sunk) => sunk.recipients.includes(CLIENT));
    expect(notices).toHaveLength(1);
    const own = invitationOf(notices[0]!);
    expect(own.getFirstPropertyValue('method')).toBe('PUBLISH');
    const ownEvent = new ICAL.Event(own.getFirstSubcomponent('vevent')!);
    expect([ownEvent.uid, ownEvent.startDate.toJSDate().toISOString()]).toEqual([event.uid, proposal.start]);
    expect(ownEvent.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toContain(
      `mailto:${contact}`,
    );
    // Both answer in the conversation: same subject, and References reaching its first message.
    for (const sunk of [invitations[0]!, notices[0]!]) {
      expect(sunk.email.subject).toBe(`Re: ${input.thread.subject}`);
      expect(sunk.email.references).toContain(input.thread.root);
      expect(sunk.email.inReplyTo).toMatch(/^<.+@.+>$/);
    }
  }

  it('answers a client request with proposals to the contact, client copied, threaded (EN)', async () => {
    const raw = message({
      from: `Camille Martin <${CLIENT}>`,
      to: `Alice Durand <${CONTACT}>`,
      cc: ASSISTANT,
      subject: 'Project kickoff',
      id: '<kickoff-1@client.example>',
      body: 'Hi Alice,\r\n\r\nLet us meet for 30 minutes next week to kick off the project. Slash, in copy, will suggest times.\r\n\r\nCamille',
    });
    await world.send(await world.sign(raw, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['proposals_sent']);
    const [reply] = world.sink.messages;
    expect(reply?.recipients.sort()).toEqual([CONTACT, CLIENT].sort());
    expect(reply?.email.subject).toBe('Re: Project kickoff');
    expect(reply?.email.inReplyTo).toBe('<kickoff-1@client.example>');
    expect(reply?.email.references).toContain('<kickoff-1@client.example>');
    expect(reply?.email.messageId).toMatch(/^<.+@.+>$/);
    expect(reply?.email.text).toContain('https://slash.test/b/');
  });

  it('handles a message delivered twice (the sender retried) once: one request, one reply', async () => {
    const raw = await world.sign(
      message({
        from: `Camille Martin <${CLIENT}>`,
        to: `Bea Klein <bea@contact.example>`,
        cc: ASSISTANT,
        subject: 'Forecast review',
        id: '<forecast-1@client.example>',
        body: 'Hi Bea,\r\n\r\nLet us meet for 45 minutes next week about the forecast. Slash will suggest times.\r\n\r\nCamille',
      }),
      'client.example',
    );
    const before = world.sink.messages.length;
    const requests = async () =>
      Number(
        (
          await world.runtime.database.executeSql('select count(*) from scheduling_requests where client_id = $1', [
            clientId,
          ])
        ).rows[0]?.count,
      );
    const requestsBefore = await requests();
    await world.send(raw, { from: CLIENT, to: [ASSISTANT] });
    await world.send(raw, { from: CLIENT, to: [ASSISTANT] });
    expect((await world.settle()).sort()).toEqual(['duplicate_delivery', 'proposals_sent']);
    expect(world.sink.messages.length - before).toBe(1);
    expect((await requests()) - requestsBefore).toBe(1);
  });

  it('books the second proposal a contact picks ("The second one works"): calendar, invitation, one thread (EN)', async () => {
    const proposalsMail = world.sink.messages[0]!;
    const ours = proposalsMail.email.messageId;
    const request = await requestOf('<kickoff-1@client.example>');
    const second = request.proposals[1]!;
    // The contact reads the proposals in the order Slash keeps them: the second line is the second proposal.
    expect(proposalLines(proposalsMail.email.text)).toHaveLength(request.proposals.length);
    expect(proposalLines(proposalsMail.email.text)[1]).toBe(
      formatSlot({ startMs: Date.parse(second.start), endMs: Date.parse(second.end) }, 'Europe/Paris', 'en'),
    );
    const quoted = (proposalsMail.email.text ?? '')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\r\n');
    const raw = message({
      from: `Alice Durand <${CONTACT}>`,
      to: CLIENT,
      cc: ASSISTANT,
      subject: 'Re: Project kickoff',
      id: '<kickoff-2@contact.example>',
      inReplyTo: ours,
      references: `<kickoff-1@client.example> ${ours}`,
      body: `The second one works for me.\r\n\r\nAlice\r\n\r\nOn Mon, 2 Mar 2026, Slash wrote:\r\n${quoted}`,
    });
    const before = world.sink.messages.length;
    await world.send(await world.sign(raw, 'contact.example'), { from: CONTACT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['booked']);
    const thread = await world.repository.findThreadByKeys(['<kickoff-1@client.example>']);
    expect(thread?.status).toBe('closed');
    expect((await requestOf('<kickoff-1@client.example>')).status).toBe('booked');
    await expectBookedAt({
      proposal: second,
      contact: CONTACT,
      mail: world.sink.messages.slice(before),
      thread: { root: '<kickoff-1@client.example>', subject: 'Project kickoff' },
    });
    // One thread: Slash's reply answers the client's message, and the contact's answer, which
    // answers Slash's reply, is matched to the request through its References.
    expect(proposalsMail.email.inReplyTo).toBe('<kickoff-1@client.example>');
    expect(proposalsMail.email.references).toContain('<kickoff-1@client.example>');
    expect(ours).toMatch(/^<.+@.+>$/);
    expect(ours).not.toBe('<kickoff-1@client.example>');
  });

  it('runs the same loop in French: proposals in French, "Le deuxième créneau me va" books the second', async () => {
    const before = world.sink.messages.length;
    const raw = message({
      from: `Camille Martin <${CLIENT}>`,
      to: `Paul Lefèvre <${CONTACT_FR}>`,
      cc: ASSISTANT,
      subject: 'Point projet',
      id: '<point-1@client.example>',
      body: "Bonjour Paul,\r\n\r\nJe te propose qu'on se voie 30 minutes la semaine prochaine pour faire le point. Slash, en copie, va proposer des créneaux.\r\n\r\nCamille",
    });
    await world.send(await world.sign(raw, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['proposals_sent']);
    const reply = world.sink.messages[before]!;
    expect(reply.recipients.sort()).toEqual([CONTACT_FR, CLIENT].sort());
    expect(reply.email.subject).toBe('Re: Point projet');
    expect(reply.email.inReplyTo).toBe('<point-1@client.example>');
    expect(reply.email.references).toContain('<point-1@client.example>');
    expect(reply.email.text).toMatch(/^Bonjour Paul Lefèvre,/);
    expect(reply.email.text).toContain('https://slash.test/b/');
    const request = await requestOf('<point-1@client.example>');
    const second = request.proposals[1]!;
    expect(proposalLines(reply.email.text)[1]).toBe(
      formatSlot({ startMs: Date.parse(second.start), endMs: Date.parse(second.end) }, 'Europe/Paris', 'fr'),
    );
    const answer = message({
      from: `Paul Lefèvre <${CONTACT_FR}>`,
      to: CLIENT,
      cc: ASSISTANT,
      subject: 'Re: Point projet',
      id: '<point-2@contact.example>',
      inReplyTo: reply.email.messageId,
      references: `<point-1@client.example> ${reply.email.messageId}`,
      body: 'Bonjour,\r\n\r\nLe deuxième créneau me va.\r\n\r\nPaul',
    });
    const booked = world.sink.messages.length;
    await world.send(await world.sign(answer, 'contact.example'), { from: CONTACT_FR, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['booked']);
    expect((await requestOf('<point-1@client.example>')).status).toBe('booked');
    await expectBookedAt({
      proposal: second,
      contact: CONTACT_FR,
      mail: world.sink.messages.slice(booked),
      thread: { root: '<point-1@client.example>', subject: 'Point projet' },
    });
  });

  it('does nothing for a forged client message (DKIM signed with another key)', async () => {
    const before = world.sink.messages.length;
    const raw = message({
      from: CLIENT,
      to: 'victim@contact.example',
      cc: ASSISTANT,
      subject: 'Urgent meeting',
      id: '<forged-1@client.example>',
      body: 'Let us meet for 30 minutes next week.',
    });
    await world.send(await world.sign(raw, 'client.example', true), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['unauthenticated']);
    expect(world.sink.messages.length).toBe(before);
    expect(await world.repository.findThreadByKeys(['<forged-1@client.example>'])).toBeUndefined();
  });

  it('never answers auto-replies, bounces or mailing lists', async () => {
    const before = world.sink.messages.length;
    const outOfOffice = message({
      from: CONTACT,
      to: CLIENT,
      cc: ASSISTANT,
      subject: 'Automatic reply: Project kickoff',
      id: '<ooo-1@contact.example>',
      references: '<kickoff-1@client.example>',
      body: 'I am out of the office.',
      extra: ['Auto-Submitted: auto-replied'],
    });
    await world.send(await world.sign(outOfOffice, 'contact.example'), { from: CONTACT, to: [ASSISTANT] });
    const list = message({
      from: 'news@stranger.example',
      to: ASSISTANT,
      subject: 'Weekly news',
      id: '<list-1@stranger.example>',
      body: 'News.',
      extra: ['List-Id: <news.stranger.example>', 'Precedence: list'],
    });
    await world.send(await world.sign(list, 'stranger.example'), { from: 'news@stranger.example', to: [ASSISTANT] });
    const bounce = message({
      from: 'mailer-daemon@stranger.example',
      to: ASSISTANT,
      subject: 'Undelivered',
      id: '<bounce-1@stranger.example>',
      body: 'Delivery failed.',
    });
    await world.send(await world.sign(bounce, 'stranger.example'), { from: '', to: [ASSISTANT] });
    expect((await world.settle()).sort()).toEqual([
      'ignored_automatic:auto_submitted',
      'ignored_automatic:null_sender',
      'ignored_automatic:precedence',
    ]);
    expect(world.sink.messages.length).toBe(before);
  });

  it('answers an unknown sender once, politely', async () => {
    const before = world.sink.messages.length;
    for (const n of [1, 2]) {
      const raw = message({
        from: 'someone@stranger.example',
        to: ASSISTANT,
        subject: 'Hello',
        id: `<hello-${n}@stranger.example>`,
        body: 'Can we meet?',
      });
      await world.send(await world.sign(raw, 'stranger.example'), {
        from: 'someone@stranger.example',
        to: [ASSISTANT],
      });
    }
    expect((await world.settle()).sort()).toEqual(['unknown_sender_already_answered', 'unknown_sender_answered']);
    expect(world.sink.messages.slice(before).map((sunk) => sunk.recipients)).toEqual([['someone@stranger.example']]);
  });

  it('re-proposes in the week after the proposals when a contact asks for it, in the thread (#9)', async () => {
    const dana = 'dana@client.example';
    const [existing] = await world.accounts.findClientsByEmails([dana]);
    const client =
      existing ??
      (await world.accounts.insertClient({ email: dana, name: 'Dana', timeZone: 'Europe/Paris', language: 'en' }));
    const raw = message({
      from: `Dana <${dana}>`,
      to: `Eve Moreau <eve@contact.example>`,
      cc: ASSISTANT,
      subject: 'Roadmap',
      id: '<roadmap-1@client.example>',
      body: 'Hi Eve,\r\n\r\nLet us meet for 30 minutes next week about the roadmap.\r\n\r\nDana',
    });
    await world.send(await world.sign(raw, 'client.example'), { from: dana, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['proposals_sent']);
    const thread = await world.repository.findThreadByKeys(['<roadmap-1@client.example>']);
    const first = await world.scheduling.get(client.id, thread?.requestId ?? '');
    // Next week from Monday 2 March (Paris): 9 to 13 March.
    expect(first.proposals.every((proposal) => proposal.start >= '2026-03-08T23:00:00.000Z')).toBe(true);
    expect(first.proposals.every((proposal) => proposal.start < '2026-03-13T23:00:00.000Z')).toBe(true);
    const ours = world.sink.messages.at(-1)?.email.messageId ?? '';
    const before = world.sink.messages.length;
    // Eve answers on Thursday: the week after is then inside the client's 14-day horizon.
    world.clock.advance(3 * 86_400_000);
    const answer = message({
      from: `Eve Moreau <eve@contact.example>`,
      to: dana,
      cc: ASSISTANT,
      subject: 'Re: Roadmap',
      id: '<roadmap-2@contact.example>',
      inReplyTo: ours,
      references: `<roadmap-1@client.example> ${ours}`,
      body: 'None of these work, could we do the week after?\r\n\r\nEve\r\n\r\n> Here are a few times for a 30-minute meeting',
    });
    await world.send(await world.sign(answer, 'contact.example'), { from: 'eve@contact.example', to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['new_proposals_sent']);
    const again = await world.scheduling.get(client.id, thread?.requestId ?? '');
    // The week after the proposals: Monday 16 March 00:00 to Saturday 21 March 00:00, Paris.
    expect(again.proposals.length).toBeGreaterThan(0);
    for (const proposal of again.proposals) {
      expect(proposal.start >= '2026-03-15T23:00:00.000Z' && proposal.start < '2026-03-20T23:00:00.000Z').toBe(true);
    }
    const [reply] = world.sink.messages.slice(before);
    expect(world.sink.messages.length - before).toBe(1);
    expect(reply?.recipients.sort()).toEqual(['eve@contact.example', dana].sort());
    expect(reply?.email.subject).toBe('Re: Roadmap');
    expect(reply?.email.inReplyTo).toBe('<roadmap-2@contact.example>');
    expect(reply?.email.references).toContain('<roadmap-1@client.example>');
    expect(reply?.email.text).toMatch(/1[6-9] March|20 March/);
    expect(reply?.email.text).not.toMatch(/\b(9|1[0-3]) March/);
  });

  it('re-proposes when the client changes the times in the thread before the contact answers; a thank-you changes nothing', async () => {
    const raw = message({
      from: `Camille Martin <${CLIENT}>`,
      to: `Hugo Petit <hugo@contact.example>`,
      cc: ASSISTANT,
      subject: 'Partnership',
      id: '<partner-1@client.example>',
      body: 'Hi Hugo,\r\n\r\nLet us meet for 30 minutes next week about the partnership.\r\n\r\nCamille',
    });
    await world.send(await world.sign(raw, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['proposals_sent']);
    const thread = await world.repository.findThreadByKeys(['<partner-1@client.example>']);
    const ours = world.sink.messages.at(-1)?.email.messageId ?? '';
    const before = world.sink.messages.length;
    const thanks = message({
      from: `Camille Martin <${CLIENT}>`,
      to: `Hugo Petit <hugo@contact.example>`,
      cc: ASSISTANT,
      subject: 'Re: Partnership',
      id: '<partner-2@client.example>',
      inReplyTo: ours,
      references: `<partner-1@client.example> ${ours}`,
      body: 'Thanks Slash!\r\n\r\nCamille\r\n\r\n> Let us meet for 30 minutes next week about the partnership.',
    });
    await world.send(await world.sign(thanks, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['client_in_known_thread']);
    expect(world.sink.messages.length).toBe(before);
    const change = message({
      from: `Camille Martin <${CLIENT}>`,
      to: `Hugo Petit <hugo@contact.example>`,
      cc: ASSISTANT,
      subject: 'Re: Partnership',
      id: '<partner-3@client.example>',
      inReplyTo: ours,
      references: `<partner-1@client.example> ${ours}`,
      body: 'Hugo, sorry - next week is out after all. Could we do Monday 16 or Tuesday 17 March instead?\r\n\r\nCamille',
    });
    await world.send(await world.sign(change, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['new_proposals_sent']);
    const again = await world.scheduling.get(clientId, thread?.requestId ?? '');
    expect(again.proposals.length).toBeGreaterThan(0);
    for (const proposal of again.proposals) {
      // Monday 16 and Tuesday 17 March, Paris: 15 March 23:00 to 17 March 23:00 UTC.
      expect(proposal.start >= '2026-03-15T23:00:00.000Z' && proposal.start < '2026-03-17T23:00:00.000Z').toBe(true);
    }
    const [reply] = world.sink.messages.slice(before);
    expect(world.sink.messages.length - before).toBe(1);
    expect(reply?.recipients.sort()).toEqual(['hugo@contact.example', CLIENT].sort());
    expect(reply?.email.inReplyTo).toBe('<partner-3@client.example>');
  });

  it('follows up after 2 days without an answer, and an answer stops the next follow-up', async () => {
    const bob = 'bob@contact.example';
    const raw = message({
      from: `Camille Martin <${CLIENT}>`,
      to: bob,
      cc: ASSISTANT,
      subject: 'Budget review',
      id: '<budget-1@client.example>',
      body: 'Hi Bob,\r\n\r\nLet us meet for 30 minutes next week about the budget.\r\n\r\nCamille',
    });
    await world.send(await world.sign(raw, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['proposals_sent']);
    const thread = await world.repository.findThreadByKeys(['<budget-1@client.example>']);
    const before = world.sink.messages.length;
    world.clock.advance(2 * 86_400_000);
    await world.inbound.followUp(thread?.id ?? '', 1);
    await world.settle();
    const followUp = world.sink.messages[before];
    expect(followUp?.recipients.sort()).toEqual([bob, CLIENT].sort());
    expect(followUp?.email.inReplyTo).toBe('<budget-1@client.example>');
    expect(followUp?.email.text).toContain('https://slash.test/b/');
    const answer = message({
      from: bob,
      to: CLIENT,
      cc: ASSISTANT,
      subject: 'Re: Budget review',
      id: '<budget-2@contact.example>',
      references: '<budget-1@client.example>',
      body: 'Thanks, let me check with my team first.',
    });
    await world.send(await world.sign(answer, 'contact.example'), { from: bob, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['forwarded_to_client']);
    expect(world.sink.messages.at(-1)?.recipients).toEqual([CLIENT]);
    const afterAnswer = world.sink.messages.length;
    world.clock.advance(2 * 86_400_000);
    await world.inbound.followUp(thread?.id ?? '', 2);
    await world.settle();
    expect(world.sink.messages.length).toBe(afterAnswer);
  });

  it('sends at most the per-client limit of replies for 50 looping messages', async () => {
    const looper = 'loop@client.example';
    await world.accounts.insertClient({ email: looper, name: 'Loop', timeZone: 'Europe/Paris', language: 'en' });
    const before = world.sink.messages.length;
    for (let n = 0; n < 50; n += 1) {
      const raw = message({
        from: looper,
        to: CONTACT,
        cc: ASSISTANT,
        subject: `Meeting ${n}`,
        id: `<loop-${n}@client.example>`,
        body: 'Let us meet for 30 minutes next week.',
      });
      await world.send(await world.sign(raw, 'client.example'), { from: looper, to: [ASSISTANT] });
    }
    const outcomes = await world.settle();
    expect(outcomes).toHaveLength(50);
    expect(outcomes.filter((outcome) => outcome === 'proposals_sent')).toHaveLength(5);
    expect(world.sink.messages.length - before).toBe(5);
  });
});

describe('email channel when the outbox fails once', () => {
  it('sends the proposals on the retry instead of never (its reply was already reserved)', async () => {
    const world = await createEmailWorld({ failingMailEnqueues: 1 });
    try {
      const client = await world.accounts.insertClient({
        email: CLIENT,
        name: 'Camille Martin',
        timeZone: 'Europe/Paris',
        language: 'en',
      });
      await world.connectBuiltinCalendar(client.id);
      const raw = message({
        from: `Camille Martin <${CLIENT}>`,
        to: `Alice Durand <${CONTACT}>`,
        cc: ASSISTANT,
        subject: 'Quarterly review',
        id: '<quarterly-1@client.example>',
        body: 'Hi Alice,\r\n\r\nLet us meet for 30 minutes next week for the quarterly review.\r\n\r\nCamille',
      });
      await world.send(await world.sign(raw, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
      await expect(world.settle()).rejects.toThrow('outbox down');
      expect(world.sink.messages).toHaveLength(0);
      expect(await world.settle()).toEqual(['proposals_sent']);
      expect(world.sink.messages).toHaveLength(1);
      expect(world.sink.messages[0]?.email.inReplyTo).toBe('<quarterly-1@client.example>');
      expect(await world.settle()).toEqual([]);
      expect(world.sink.messages).toHaveLength(1);
    } finally {
      await world.close();
    }
  });
});
