import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInboundEmailRepository } from '@slash/api/inbound-email/repository';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('registerInboundEmail', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({
      config: { inboundSmtpPort: 0, host: '127.0.0.1', assistantEmail: 'slash@assistant.example' },
    });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => test.close());

  it('starts the SMTP listener with the HTTP server; a message is stored before 250, other domains are refused', async () => {
    // Fastify runs onListen hooks after listen() resolves: wait for the listener's log line.
    const line = await vi.waitFor(() => {
      const found = test.logs.find((entry) => entry.includes('inbound SMTP listener started'));
      if (found === undefined) throw new Error('listener not started yet');
      return found;
    });
    const port = (JSON.parse(line ?? '{}') as { port?: number }).port;
    expect(port).toBeGreaterThan(0);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const raw = [
      'From: camille@client.example',
      'To: slash@assistant.example',
      'Subject: Hi',
      'Message-ID: <p-1@client.example>',
      '',
      'Hello',
      '',
    ].join('\r\n');
    await transport.sendMail({ envelope: { from: 'camille@client.example', to: ['slash@assistant.example'] }, raw });
    await expect(
      transport.sendMail({ envelope: { from: 'camille@client.example', to: ['someone@elsewhere.example'] }, raw }),
    ).rejects.toThrow(/550|Relay/);
    transport.close();
    expect(await createInboundEmailRepository(test.runtime.database.db).countMessages()).toBe(1);
  });
});
