import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInboundEmailRepository } from '@slash/api/inbound-email/repository';
import type { InboundEmailService } from '@slash/api/inbound-email/service';
import { startSmtpListener } from '@slash/api/inbound-email/smtp-listener';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { selfSignedCertificate } from './self-signed-certificate.js';

const RAW = [
  'From: camille@client.example',
  'To: slash@assistant.example',
  'Subject: Over TLS',
  'Message-ID: <tls-1@client.example>',
  '',
  'Hello',
  '',
].join('\r\n');
const ENVELOPE = { from: 'camille@client.example', to: ['slash@assistant.example'] };

describe('STARTTLS on the inbound listener (#9)', () => {
  const { key, cert } = selfSignedCertificate();
  let folder: string;
  let test: TestApp;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'slash-tls-'));
    await writeFile(join(folder, 'key.pem'), key, { mode: 0o600 });
    await writeFile(join(folder, 'cert.pem'), cert);
    test = await createTestApp({
      config: {
        inboundSmtpPort: 0,
        host: '127.0.0.1',
        assistantEmail: 'slash@assistant.example',
        inboundSmtpTlsKeyPath: join(folder, 'key.pem'),
        inboundSmtpTlsCertPath: join(folder, 'cert.pem'),
      },
    });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await test.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('accepts a sender that requires TLS, with the configured certificate', async () => {
    const line = await vi.waitFor(() => {
      const found = test.logs.find((entry) => entry.includes('inbound SMTP listener started'));
      if (found === undefined) throw new Error('listener not started yet');
      return found;
    });
    const { port, starttls } = JSON.parse(line) as { port: number; starttls: boolean };
    expect(starttls).toBe(true);
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      requireTLS: true,
      // Trust exactly the test certificate: the upgrade is verified, not merely attempted.
      tls: { ca: [cert], servername: 'localhost' },
    });
    const info = await transport.sendMail({ envelope: ENVELOPE, raw: RAW });
    transport.close();
    expect(info.accepted).toEqual(['slash@assistant.example']);
    expect(await createInboundEmailRepository(test.runtime.database.db).countMessages()).toBe(1);
  });

  it('refuses a sender that requires TLS when no certificate is configured', async () => {
    const service = { receive: async () => ({ id: 'unused' }) } as unknown as InboundEmailService;
    const listener = await startSmtpListener({
      service,
      assistantEmail: 'slash@assistant.example',
      host: '127.0.0.1',
      port: 0,
    });
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      secure: false,
      requireTLS: true,
    });
    await expect(transport.sendMail({ envelope: ENVELOPE, raw: RAW })).rejects.toThrow(/STARTTLS/i);
    transport.close();
    await listener.close();
  });
});
