/**
 * The email channel as the running app wires it (#9): `buildApp` with its own SMTP listener, job
 * workers and outbox delivery to a sink, sender checks against an offline DNS zone, and outgoing
 * DKIM configured through the DKIM_* variables. A contact accepting a slot by email books it, and the
 * client's "please cancel it" in the thread cancels it; the
 * assistant's own address is never a contact; every message Slash sends carries a DKIM signature
 * that verifies against the published key.
 */
import { dkimVerify } from 'mailauth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInboundEmailRepository } from '@slash/api/inbound-email/repository';
import { createSchedulingRepository } from '@slash/api/scheduling/repository';
import { APP_ASSISTANT as ASSISTANT, createEmailApp, threadMessage as message, type EmailApp } from './email-app.js';

const CLIENT = 'camille@client.example';
const CONTACT = 'alice@contact.example';
const DAY_MS = 86_400_000;

/**
 * Next Monday 08:00 UTC after the real date, so the proposals are in the future for the database
 * too (the follow-up jobs queued here stay in the queue until then).
 */
function nextMondayMs(): number {
  let dayIndex = Math.floor(Date.now() / DAY_MS) + 1;
  // 1970-01-01 was a Thursday: day index 4 (mod 7) is a Monday.
  while (dayIndex % 7 !== 4) dayIndex += 1;
  return dayIndex * DAY_MS + 8 * 3_600_000;
}

describe('the email channel in the running app (#9)', () => {
  let world: EmailApp;
  let runtime: EmailApp['runtime'];
  let sink: EmailApp['sink'];
  let clientId: string;

  beforeAll(async () => {
    world = await createEmailApp({ nowMs: nextMondayMs() });
    ({ runtime, sink } = world);
    clientId = (
      await world.insertClient({ email: CLIENT, name: 'Camille Martin', timeZone: 'Europe/Paris', language: 'en' })
    ).id;
  });
  afterAll(async () => world.close());

  const send = (raw: string, from: string) => world.send(raw, from);

  it('sends proposals to the contact only, never greeting or copying the assistant (#9)', async () => {
    await send(
      message({
        from: `Camille Martin <${CLIENT}>`,
        to: `Alice Durand <${CONTACT}>`,
        cc: `Slash <${ASSISTANT}>`,
        subject: 'Project kickoff',
        id: '<app-kickoff-1@client.example>',
        body: 'Hi Alice,\r\n\r\nLet us meet for 30 minutes next week to kick off the project. Slash, in copy, will suggest times.\r\n\r\nCamille',
      }),
      CLIENT,
    );
    const proposals = await vi.waitFor(
      () => {
        const [sunk] = sink.messages;
        if (sunk === undefined) throw new Error('no proposals yet');
        return sunk;
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(proposals.recipients.sort()).toEqual([CLIENT, CONTACT].sort());
    expect(proposals.email.text).toMatch(/^Hello Alice Durand,/);
    expect(proposals.email.text).not.toContain(ASSISTANT);
    const thread = await createInboundEmailRepository(runtime.database.db).findThreadByKeys([
      '<app-kickoff-1@client.example>',
    ]);
    expect(thread?.contactEmails).toEqual([CONTACT]);
    const scheduling = createSchedulingRepository(runtime.database.db);
    const request = await scheduling.findRequest(clientId, thread?.requestId ?? '');
    const contacts = (request?.interpretation as { contacts: { email: string }[] }).contacts.map(
      (contact) => contact.email,
    );
    expect(contacts).toEqual([CONTACT]);
    expect(await scheduling.findContactsByEmails(clientId, [ASSISTANT])).toEqual([]);
  });

  it('books the slot a contact accepts by email ("<day> at <hour> works")', async () => {
    const ours = sink.messages[0]?.email.messageId ?? '';
    // The first proposal, as the contact reads it: "- Wednesday 2 December, 09:00–09:30".
    const [, weekday, hour] = /- (\w+day) \d{1,2} \w+, (\d{2}):00/.exec(sink.messages[0]?.email.text ?? '') ?? [];
    expect(weekday).toBeDefined();
    const hours = Number(hour);
    const accepted = `${weekday ?? ''} at ${hours > 12 ? `${hours - 12}pm` : `${hours}am`}`;
    const before = sink.messages.length;
    await send(
      message({
        from: `Alice Durand <${CONTACT}>`,
        to: CLIENT,
        cc: ASSISTANT,
        subject: 'Re: Project kickoff',
        id: '<app-kickoff-2@contact.example>',
        references: `<app-kickoff-1@client.example> ${ours}`,
        body: `${accepted} works for me.\r\n\r\nAlice`,
      }),
      CONTACT,
    );
    const inbound = createInboundEmailRepository(runtime.database.db);
    await vi.waitFor(
      async () => {
        const thread = await inbound.findThreadByKeys(['<app-kickoff-1@client.example>']);
        if (thread?.status !== 'closed') throw new Error(`thread is ${thread?.status ?? 'missing'}`);
      },
      { timeout: 20_000, interval: 200 },
    );
    const thread = await inbound.findThreadByKeys(['<app-kickoff-1@client.example>']);
    const request = await createSchedulingRepository(runtime.database.db).findRequest(
      clientId,
      thread?.requestId ?? '',
    );
    expect(request?.status).toBe('booked');
    // The booking domain invites the contact (not a forward to the client).
    const invitation = await vi.waitFor(
      () => {
        const found = sink.messages.slice(before).find((sunk) => sunk.recipients.includes(CONTACT));
        if (found === undefined) throw new Error('no invitation yet');
        return found;
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(invitation.raw).toMatch(/BEGIN:VCALENDAR/);
  });

  it('cancels the booked meeting when the client asks in the thread: CANCEL to the contact, confirmation (#9)', async () => {
    const before = sink.messages.length;
    await send(
      message({
        from: `Camille Martin <${CLIENT}>`,
        to: `Alice Durand <${CONTACT}>`,
        cc: ASSISTANT,
        subject: 'Re: Project kickoff',
        id: '<app-kickoff-3@client.example>',
        references: '<app-kickoff-1@client.example> <app-kickoff-2@contact.example>',
        body: 'Alice, sorry, something came up. Slash, please cancel it.\r\n\r\nCamille',
      }),
      CLIENT,
    );
    const [cancellation, confirmation] = await vi.waitFor(
      () => {
        const mail = sink.messages.slice(before);
        const toContact = mail.find((sunk) => sunk.recipients.includes(CONTACT) && /METHOD:CANCEL/.test(sunk.raw));
        const toClient = mail.find((sunk) => sunk.email.inReplyTo === '<app-kickoff-3@client.example>');
        if (toContact === undefined || toClient === undefined) throw new Error('not cancelled yet');
        return [toContact, toClient];
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(cancellation?.email.references).toContain('<app-kickoff-1@client.example>');
    expect(confirmation?.recipients).toEqual([CLIENT]);
    expect(confirmation?.email.text).toContain('Done: I cancelled Meeting with Alice Durand');
    const thread = await createInboundEmailRepository(runtime.database.db).findThreadByKeys([
      '<app-kickoff-1@client.example>',
    ]);
    const request = await createSchedulingRepository(runtime.database.db).findRequest(
      clientId,
      thread?.requestId ?? '',
    );
    expect(request?.status).toBe('open');
  });

  it('signs every outgoing message with DKIM that verifies against the published key', async () => {
    expect(sink.messages.length).toBeGreaterThanOrEqual(2);
    for (const sunk of sink.messages) {
      const verdict = await dkimVerify(sunk.raw, { resolver: world.resolver });
      expect(verdict.results.map((result) => [result.signingDomain, result.status.result])).toEqual([
        ['assistant.example', 'pass'],
      ]);
    }
    const [first] = sink.messages;
    const tampered = (first?.raw ?? '').replace('Hello Alice Durand', 'Hello Mallory');
    const verdict = await dkimVerify(tampered, { resolver: world.resolver });
    expect(verdict.results[0]?.status.result).not.toBe('pass');
  });
});
