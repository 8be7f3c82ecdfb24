import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('GET /privacy', () => {
  let subject: TestApp;
  beforeAll(async () => {
    subject = await createTestApp();
  });
  afterAll(async () => {
    await subject.close();
  });

  it('shows the published policy and the way to exercise one’s rights, in both languages', async () => {
    const response = await subject.app.inject('/privacy');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('POLITIQUE DE CONFIDENTIALITE');
    expect(response.body).toContain('Droits');
    expect(response.body).toContain('href="/privacy/request"');
    expect(response.body).toMatch(/lang="en"/);
    expect(response.body).not.toContain('<script');
  });

  it('is where the booking page’s privacy notice link points', async () => {
    const noticePath = new URL(`${subject.config.publicBaseUrl}/privacy`).pathname;
    expect((await subject.app.inject(noticePath)).statusCode).toBe(200);
    expect((await subject.app.inject('/privacy/request')).statusCode).toBe(200);
  });
});
