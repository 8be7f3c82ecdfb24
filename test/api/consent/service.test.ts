/**
 * Consent (G8, policy §7): a newsletter carries List-Unsubscribe and List-Unsubscribe-Post
 * (RFC 8058); the one-click POST works without signing in and stops newsletters, while booking
 * emails still go out; the ledger shows the grant and the withdrawal, and the database refuses to
 * update or delete ledger rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { query, seedClient, type SeededClient } from '../privacy/privacy-fixtures.js';

describe('newsletter consent', () => {
  let subject: TestApp;
  let reader: SeededClient;
  let adminKey: string;

  beforeAll(async () => {
    subject = await createTestApp({ runWorkers: true });
    reader = await seedClient(subject, 'reader');
    const { createAdminKeys } = await import('@slash/api/privacy/register-privacy');
    adminKey = (
      await createAdminKeys({ db: subject.runtime.database.db, clock: subject.clock }).create({ role: 'admin' })
    ).key;
  });
  afterAll(async () => subject.close());

  const sendIssue = (issueId: string) =>
    subject.app.inject({
      method: 'POST',
      url: '/v1/admin/newsletter',
      headers: { 'x-api-key': adminKey },
      payload: { issueId, subject: 'News', textBody: 'What is new.' },
    });

  it('sends newsletters only after opt-in, each with RFC 8058 headers and a signed link', async () => {
    expect((await sendIssue('issue-0')).json()).toEqual({ queued: 0 });
    const optIn = await subject.app.inject({
      method: 'PUT',
      url: '/v1/me/consents/newsletter',
      headers: { authorization: `Bearer ${reader.token}` },
      payload: { granted: true },
    });
    expect(optIn.json()).toEqual({ newsletter: true });
    expect((await sendIssue('issue-1')).json()).toEqual({ queued: 1 });
    const [email] = await query<{ headers: Record<string, string> }>(
      subject,
      `select headers from outbox_emails where dedupe_key like 'newsletter:issue-1:%'`,
    );
    expect(email!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(email!.headers['List-Unsubscribe']).toMatch(/^<https?:\/\/[^>]+\/unsubscribe\/[\w.-]+>$/);
  });

  it('unsubscribes in one click without signing in; booking emails still go out', async () => {
    const [email] = await query<{ headers: Record<string, string> }>(
      subject,
      `select headers from outbox_emails where dedupe_key like 'newsletter:issue-1:%'`,
    );
    const path = new URL(email!.headers['List-Unsubscribe']!.slice(1, -1)).pathname;
    const page = await subject.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(await query(subject, `select id from consent_events where action = 'withdrawn'`)).toHaveLength(0);

    const click = await subject.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(click.statusCode).toBe(200);
    expect((await sendIssue('issue-2')).json()).toEqual({ queued: 0 });

    // A booking email queued after the withdrawal is delivered by the notifications worker as usual.
    const { DELIVER_EMAILS_JOB } = await import('@slash/api/notifications/service');
    const { createOutboxRepository } = await import('@slash/api/notifications/repository');
    const outbox = createOutboxRepository(subject.runtime.database.db);
    await outbox.insertEmail({
      clientId: reader.clientId,
      dedupeKey: 'booking:test:confirmation',
      toAddresses: [reader.email],
      subject: 'Booking confirmed',
      textBody: 'See you',
      htmlBody: null,
      icsContent: null,
      headers: {},
    });
    await subject.runtime.jobs.send(DELIVER_EMAILS_JOB, { reason: 'test' });
    let status = 'pending';
    for (let attempt = 0; attempt < 200 && status === 'pending'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (
        await query<{ status: string }>(
          subject,
          `select status from outbox_emails where dedupe_key = 'booking:test:confirmation'`,
        )
      )[0]!.status;
    }
    expect(status).toBe('kept');

    const ledger = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/consents',
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(ledger.json().state).toEqual({ newsletter: false });
    expect(
      ledger.json().events.map((event: { action: string; source: string }) => [event.action, event.source]),
    ).toEqual([
      ['granted', 'settings'],
      ['withdrawn', 'one_click_unsubscribe'],
    ]);
  });

  it('refuses a forged unsubscribe link', async () => {
    const forged = await subject.app.inject({
      method: 'POST',
      url: `/unsubscribe/${reader.clientId}.newsletter.zzzzzzz.AAAAAAAAAAAAAAAAAAAAAA`,
    });
    expect(forged.statusCode).toBe(404);
  });

  it("keeps the ledger append-only for the app's database role", async () => {
    await expect(query(subject, `update consent_events set action = 'granted'`)).rejects.toThrow(/append-only/);
    await expect(query(subject, `delete from consent_events`)).rejects.toThrow(/append-only/);
    expect(await query(subject, `select id from consent_events`)).toHaveLength(2);
  });
});
