import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInboundEmailRepository } from '@slash/api/inbound-email/repository';
import { signWebhookBody } from '@slash/api/inbound-email/webhook-signature';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const SECRET = 'inbound-webhook-secret-for-tests-0123456789';
const RAW = [
  'From: someone@stranger.example',
  'To: slash@localhost',
  'Subject: Hello',
  'Message-ID: <w-1@stranger.example>',
  '',
  'Can we meet?',
  '',
].join('\r\n');

describe('POST /v1/webhooks/inbound-email', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ config: { inboundWebhookSecret: SECRET } });
  });
  afterAll(async () => test.close());

  const post = (signature: string | undefined) =>
    test.app.inject({
      method: 'POST',
      url: '/v1/webhooks/inbound-email',
      headers: {
        'content-type': 'message/rfc822',
        ...(signature === undefined ? {} : { 'x-slash-signature': signature }),
      },
      payload: RAW,
    });

  it('refuses a wrong or missing signature with 401 and stores nothing', async () => {
    const repository = createInboundEmailRepository(test.runtime.database.db);
    for (const signature of [
      signWebhookBody('another-secret-of-at-least-32-characters', RAW),
      undefined,
      'sha256=00',
      `${signWebhookBody(SECRET, RAW)}0`,
    ]) {
      const response = await post(signature);
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(await repository.countMessages()).toBe(0);
  });

  it('stores a signed message before answering 202', async () => {
    const response = await post(signWebhookBody(SECRET, RAW));
    expect(response.statusCode).toBe(202);
    const { id } = response.json<{ id: string }>();
    const stored = await createInboundEmailRepository(test.runtime.database.db).findMessage(id);
    expect(stored?.rawMessage).toBe(RAW);
    expect(stored?.status).toBe('received');
  });
});
