/**
 * Optional attendees over the email channel (#9): "Paul can join if he is free" keeps Paul invited
 * but never lets his calendar remove a proposal. Paul is another Slash client whose calendar is busy
 * all of next week, so his busy times are known; as a required attendee they leave no proposal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationOf, message } from './email-messages.js';
import { ASSISTANT, createEmailWorld, type EmailWorld } from './email-world.js';

const CLIENT = 'camille@client.example';
const ANN = 'ann@contact.example';
const PAUL = 'paul@partner.example';
/** Next week from Monday 2 March 2026, Paris: Monday 9 March 00:00 to Saturday 14 March 00:00. */
const NEXT_WEEK = { startMs: Date.parse('2026-03-08T23:00:00Z'), endMs: Date.parse('2026-03-13T23:00:00Z') };

describe('optional attendees in the email channel (#9)', () => {
  let world: EmailWorld;
  let clientId: string;
  beforeAll(async () => {
    world = await createEmailWorld();
    const client = await world.accounts.insertClient({
      email: CLIENT,
      name: 'Camille Martin',
      timeZone: 'Europe/Paris',
      language: 'en',
    });
    clientId = client.id;
    const paul = await world.accounts.insertClient({
      email: PAUL,
      name: 'Paul Roux',
      timeZone: 'Europe/Paris',
      language: 'en',
    });
    await world.connectBuiltinCalendar(paul.id);
    await world.addBusyEvent(paul.id, NEXT_WEEK);
  });
  afterAll(async () => world.close());

  async function request(input: { id: string; to: string; body: string }) {
    const raw = message({
      from: `Camille Martin <${CLIENT}>`,
      to: input.to,
      cc: `Paul Roux <${PAUL}>, ${ASSISTANT}`,
      subject: 'Pricing call',
      id: input.id,
      body: input.body,
    });
    await world.send(await world.sign(raw, 'client.example'), { from: CLIENT, to: [ASSISTANT] });
    const outcomes = await world.settle();
    const thread = await world.repository.findThreadByKeys([input.id]);
    return { outcomes, thread };
  }

  it('keeps "Paul can join if he is free" optional: invited, and his busy week removes no proposal', async () => {
    const before = world.sink.messages.length;
    const { outcomes, thread } = await request({
      id: '<optional-1@client.example>',
      to: `Ann Lee <${ANN}>`,
      body: 'Hi Ann,\r\n\r\nCould we have a 30-minute call next week? Paul can join if he is free.\r\n\r\nCamille',
    });
    expect(outcomes).toEqual(['proposals_sent']);
    const view = await world.scheduling.get(clientId, thread?.requestId ?? '');
    expect(view.effective.contacts.map((contact) => [contact.email, contact.optional])).toEqual([
      [ANN, false],
      [PAUL, true],
    ]);
    expect(view.proposals).toHaveLength(3);
    for (const proposal of view.proposals) {
      expect(Date.parse(proposal.start)).toBeGreaterThanOrEqual(NEXT_WEEK.startMs);
      expect(Date.parse(proposal.end)).toBeLessThanOrEqual(NEXT_WEEK.endMs);
    }
    const [proposals] = world.sink.messages.slice(before);
    expect(proposals?.recipients.sort()).toEqual([ANN, CLIENT, PAUL].sort());
    // Ann picks the first time: Paul is invited as an optional participant.
    const answer = message({
      from: `Ann Lee <${ANN}>`,
      to: CLIENT,
      cc: ASSISTANT,
      subject: 'Re: Pricing call',
      id: '<optional-2@contact.example>',
      inReplyTo: proposals?.email.messageId ?? '',
      references: `<optional-1@client.example> ${proposals?.email.messageId ?? ''}`,
      body: 'The first one works for me.\r\n\r\nAnn',
    });
    const booked = world.sink.messages.length;
    await world.send(await world.sign(answer, 'contact.example'), { from: ANN, to: [ASSISTANT] });
    expect(await world.settle()).toEqual(['booked']);
    const toPaul = world.sink.messages.slice(booked).filter((sunk) => sunk.recipients.includes(PAUL));
    expect(toPaul).toHaveLength(1);
    const attendee = invitationOf(toPaul[0]!).getFirstSubcomponent('vevent')?.getFirstProperty('attendee');
    expect(String(attendee?.getFirstValue()).toLowerCase()).toBe(`mailto:${PAUL}`);
    expect(attendee?.getParameter('role')).toBe('OPT-PARTICIPANT');
  });

  it('lets the same busy week block every proposal when Paul is required', async () => {
    const { outcomes, thread } = await request({
      id: '<required-1@client.example>',
      to: `Ann Lee <${ANN}>`,
      body: 'Hi Ann, hi Paul,\r\n\r\nCould the three of us have a 30-minute call next week?\r\n\r\nCamille',
    });
    expect(outcomes).toEqual(['not_a_request']);
    expect(thread).toBeUndefined();
  });
});
