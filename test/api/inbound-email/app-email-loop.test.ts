/**
 * The email channel as the running app wires it (#9): `buildApp` with its own SMTP listener, job
 * workers and outbox delivery to a sink, sender checks against an offline DNS zone, and outgoing
 * DKIM configured through the DKIM_* variables. A contact accepting a slot by email books it; the
 * assistant's own address is never a contact; every message Slash sends carries a DKIM signature
 * that verifies against the published key.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { dkimVerify } from 'mailauth';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { buildApp } from '@slash/api/app';
import { fixedClock } from '@slash/api/clock';
import { loadConfig, testConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { createInboundEmailRepository } from '@slash/api/inbound-email/repository';
import { createSchedulingRepository } from '@slash/api/scheduling/repository';
import { createTestRuntime, type TestRuntime } from '../../support/test-database.js';
import { dkimKeyPair, signMessage, zoneResolver } from './dkim-zone.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

const ASSISTANT = 'slash@assistant.example';
const CLIENT = 'camille@client.example';
const CONTACT = 'alice@contact.example';
const DAY_MS = 86_400_000;

/**
 * Next Monday 08:00 UTC after the real date: follow-ups are delayed jobs whose start the database
 * compares with its own clock, so the test's clock must not be behind it.
 */
function nextMondayMs(): number {
  let dayIndex = Math.floor(Date.now() / DAY_MS) + 1;
  // 1970-01-01 was a Thursday: day index 4 (mod 7) is a Monday.
  while (dayIndex % 7 !== 4) dayIndex += 1;
  return dayIndex * DAY_MS + 8 * 3_600_000;
}

function message(input: {
  from: string;
  to: string;
  cc: string;
  subject: string;
  id: string;
  body: string;
  references?: string;
}): string {
  return [
    `From: ${input.from}`,
    `To: ${input.to}`,
    `Cc: ${input.cc}`,
    `Subject: ${input.subject}`,
    `Message-ID: ${input.id}`,
    ...(input.references === undefined
      ? []
      : [`In-Reply-To: ${input.references.split(' ').at(-1) ?? ''}`, `References: ${input.references}`]),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    input.body,
    '',
  ].join('\r\n');
}

describe('the email channel in the running app (#9)', () => {
  const senderKey = dkimKeyPair();
  const slashKey = dkimKeyPair();
  const resolver = zoneResolver(
    new Map([
      ['client.example', senderKey.publicKeyBase64],
      ['contact.example', senderKey.publicKeyBase64],
      ['assistant.example', slashKey.publicKeyBase64],
    ]),
  );
  let runtime: TestRuntime;
  let app: FastifyInstance;
  let sink: SmtpSink;
  let transport: ReturnType<typeof nodemailer.createTransport>;
  let clientId: string;
  const logs: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    runtime = await createTestRuntime();
    // Through the parser: the key is given as base64 of its PEM, as a deployment secret would be.
    const dkim = loadConfig({
      DKIM_DOMAIN: 'assistant.example',
      DKIM_SELECTOR: 's1',
      DKIM_PRIVATE_KEY: Buffer.from(slashKey.privateKeyPem).toString('base64'),
    });
    const config = testConfig({
      ...generateSecrets(),
      logLevel: 'info',
      host: '127.0.0.1',
      assistantEmail: ASSISTANT,
      inboundSmtpPort: 0,
      smtpUrl: sink.url,
      mailFrom: `Slash <${ASSISTANT}>`,
      dkimDomain: dkim.dkimDomain,
      dkimSelector: dkim.dkimSelector,
      dkimPrivateKey: dkim.dkimPrivateKey,
    });
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    const clock = fixedClock(nextMondayMs());
    app = await buildApp({
      config,
      database: runtime.database,
      jobs: runtime.jobs,
      clock,
      logStream,
      dnsResolver: resolver,
    });
    await app.ready();
    await runtime.jobs.start({ runWorkers: true });
    const client = await createAccountsRepository(runtime.database.db).insertClient({
      email: CLIENT,
      name: 'Camille Martin',
      timeZone: 'Europe/Paris',
      language: 'en',
    });
    clientId = client.id;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const line = await vi.waitFor(() => {
      const found = logs.find((entry) => entry.includes('inbound SMTP listener started'));
      if (found === undefined) throw new Error('listener not started yet');
      return found;
    });
    const port = (JSON.parse(line) as { port: number }).port;
    transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    transport.close();
    await app.close();
    await runtime.dispose();
    await sink.close();
  });

  async function send(raw: string, from: string): Promise<void> {
    const signed = await signMessage(raw, { domain: from.split('@')[1] ?? '', privateKeyPem: senderKey.privateKeyPem });
    await transport.sendMail({ envelope: { from, to: [ASSISTANT] }, raw: signed });
  }

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

  it('signs every outgoing message with DKIM that verifies against the published key', async () => {
    expect(sink.messages.length).toBeGreaterThanOrEqual(2);
    for (const sunk of sink.messages) {
      const verdict = await dkimVerify(sunk.raw, { resolver });
      expect(verdict.results.map((result) => [result.signingDomain, result.status.result])).toEqual([
        ['assistant.example', 'pass'],
      ]);
    }
    const [first] = sink.messages;
    const tampered = (first?.raw ?? '').replace('Hello Alice Durand', 'Hello Mallory');
    const verdict = await dkimVerify(tampered, { resolver });
    expect(verdict.results[0]?.status.result).not.toBe('pass');
  });
});
