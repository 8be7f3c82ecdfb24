/**
 * The email channel as the running app wires it (#9): `buildApp` on a fresh database with its own
 * SMTP listener, job workers and outbox delivery to a loopback sink, sender checks against an
 * offline DNS zone (client.example, contact.example), and outgoing DKIM (assistant.example) set
 * through the DKIM_* variables. The clock is injected: the app's services read it, while pg-boss
 * compares `startAfter` with the database's own clock.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import nodemailer from 'nodemailer';
import { vi } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import { buildApp } from '@slash/api/app';
import { fixedClock } from '@slash/api/clock';
import { loadConfig, testConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { createTestRuntime, type TestRuntime } from '../../support/test-database.js';
import { dkimKeyPair, signMessage, zoneResolver } from './dkim-zone.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

export const APP_ASSISTANT = 'slash@assistant.example';

/** A message as a mail client would write it (In-Reply-To is the last of `references`). */
export function threadMessage(input: {
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

/** The running app and what tests drive it with. */
export interface EmailApp {
  readonly app: FastifyInstance;
  readonly runtime: TestRuntime;
  readonly sink: SmtpSink;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly resolver: ReturnType<typeof zoneResolver>;
  /** Adds an active client and opens a session for them (bearer token for the API). */
  insertClient(values: { email: string; name: string; timeZone: string; language: 'en' | 'fr' }): Promise<{
    id: string;
    token: string;
  }>;
  /** Signs `raw` for the sender's domain and sends it to the assistant through the SMTP listener. */
  send(raw: string, from: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the app at `nowMs` (injected clock) with job workers running. */
export async function createEmailApp(options: { nowMs: number }): Promise<EmailApp> {
  const senderKey = dkimKeyPair();
  const slashKey = dkimKeyPair();
  const resolver = zoneResolver(
    new Map([
      ['client.example', senderKey.publicKeyBase64],
      ['contact.example', senderKey.publicKeyBase64],
      ['assistant.example', slashKey.publicKeyBase64],
    ]),
  );
  const sink = await startSmtpSink();
  const runtime = await createTestRuntime();
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
    assistantEmail: APP_ASSISTANT,
    inboundSmtpPort: 0,
    smtpUrl: sink.url,
    mailFrom: `Slash <${APP_ASSISTANT}>`,
    dkimDomain: dkim.dkimDomain,
    dkimSelector: dkim.dkimSelector,
    dkimPrivateKey: dkim.dkimPrivateKey,
  });
  // The listener logs its ephemeral port; the test reads it from the app's log lines.
  const logs: string[] = [];
  const logStream = new PassThrough().on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
  const clock = fixedClock(options.nowMs);
  const app = await buildApp({
    config,
    database: runtime.database,
    jobs: runtime.jobs,
    clock,
    logStream,
    dnsResolver: resolver,
  });
  await app.ready();
  await runtime.jobs.start({ runWorkers: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const line = await vi.waitFor(() => {
    const found = logs.find((entry) => entry.includes('inbound SMTP listener started'));
    if (found === undefined) throw new Error('listener not started yet');
    return found;
  });
  const port = (JSON.parse(line) as { port: number }).port;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const accounts = createAccountsRepository(runtime.database.db);
  const sessions = createSessionService({ accounts, clock });

  return {
    app,
    runtime,
    sink,
    clock,
    resolver,
    async insertClient(values) {
      const client = await accounts.insertClient(values);
      return { id: client.id, token: (await sessions.open(client.id, 'addin')).token };
    },
    async send(raw, from) {
      const domain = from.split('@')[1] ?? '';
      const signed = await signMessage(raw, { domain, privateKeyPem: senderKey.privateKeyPem });
      await transport.sendMail({ envelope: { from, to: [APP_ASSISTANT] }, raw: signed });
    },
    async close() {
      transport.close();
      await app.close();
      await runtime.dispose();
      await sink.close();
    },
  };
}
