/**
 * Retention (G9, policy §3): with an injected clock, the purge deletes (or empties) exactly the rows
 * past their configured duration, keeps the younger ones, and a second run changes nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@slash/api/db/schema';
import { createRetentionRepository } from '@slash/api/retention/repository';
import { createRetentionService } from '@slash/api/retention/service';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { query, seedClient } from '../privacy/privacy-fixtures.js';

const DAY_MS = 86_400_000;

describe('retention purge', () => {
  let subject: TestApp;
  let clientId: string;

  beforeAll(async () => {
    subject = await createTestApp({
      config: {
        retentionEmailDays: 30,
        retentionRequestDays: 365,
        retentionMeetingDays: 730,
        retentionSessionDays: 30,
        retentionSupportDays: 365,
        retentionPrivacyRequestDays: 1095,
      },
    });
    clientId = (await seedClient(subject, 'retained')).clientId;
    const db = subject.runtime.database.db;
    const now = subject.clock.nowMs();
    const ago = (days: number) => new Date(now - days * DAY_MS);
    const request = async (label: string, createdDaysAgo: number, updatedDaysAgo = createdDaysAgo) =>
      (
        await db
          .insert(schema.schedulingRequests)
          .values({
            clientId,
            source: 'email',
            subject: label,
            thread: { body: label },
            interpretation: {},
            createdAt: ago(createdDaysAgo),
            updatedAt: ago(updatedDaysAgo),
          })
          .returning()
      )[0]!;
    await request('fresh', 10);
    await request('old-thread', 40);
    await request('ancient', 400);
    const booked = await request('booked', 800);
    // A request books one meeting: the old one was cancelled (and moved on from), the recent one stands.
    const booking = async (label: string, endedDaysAgo: number, status = 'confirmed') =>
      db.insert(schema.bookings).values({
        clientId,
        requestId: booked.id,
        status,
        startsAt: ago(endedDaysAgo + 0.01),
        endsAt: ago(endedDaysAgo),
        blockedFrom: ago(endedDaysAgo + 0.01),
        blockedUntil: ago(endedDaysAgo),
        manageTokenHash: randomBytes(16).toString('hex'),
        icsUid: `${label}-${randomUUID()}`,
        idempotencyKey: label,
        createdAt: ago(endedDaysAgo + 1),
      });
    await booking('recent-meeting', 100);
    await booking('old-meeting', 800, 'cancelled');
    const email = (label: string, status: string, daysAgo: number) => ({
      clientId,
      dedupeKey: label,
      toAddresses: ['x@example.org'],
      subject: label,
      textBody: label,
      status,
      createdAt: ago(daysAgo),
      sentAt: status === 'sent' ? ago(daysAgo) : null,
    });
    await db
      .insert(schema.outboxEmails)
      .values([email('sent-old', 'sent', 40), email('sent-new', 'sent', 5), email('pending-old', 'pending', 40)]);
    await db.insert(schema.sessions).values([
      { clientId, tokenHash: randomBytes(16).toString('hex'), kind: 'web', expiresAt: ago(40) },
      { clientId, tokenHash: randomBytes(16).toString('hex'), kind: 'web', expiresAt: ago(-10) },
    ]);
    await db.insert(schema.supportTickets).values([
      { clientId, kind: 'job_failed', status: 'closed', summary: 'old', updatedAt: ago(400) },
      { clientId, kind: 'job_failed', status: 'open', summary: 'open-old', updatedAt: ago(400) },
    ]);
    await db.insert(schema.dataExports).values([
      { clientId, status: 'ready', expiresAt: ago(1) },
      { clientId, status: 'ready', expiresAt: ago(-1) },
    ]);
  });
  afterAll(async () => subject.close());

  it('deletes exactly the expired rows, then nothing on a second run', async () => {
    const retention = createRetentionService({
      repository: createRetentionRepository(subject.runtime.database.db),
      clock: subject.clock,
      config: subject.config,
      jobs: subject.runtime.jobs,
    });
    const first = await retention.purge();
    expect(first).toMatchObject({
      emailThreads: 3, // old-thread, ancient, booked (fresh keeps its thread)
      sentEmails: 1,
      bookings: 1,
      schedulingRequests: 1, // ancient; booked still has its recent meeting
      sessions: 1,
      supportTickets: 1,
      exports: 1,
      idempotencyKeys: 1, // the recent meeting's; the old meeting went with its booking
    });
    const second = await retention.purge();
    expect(Object.values(second).every((count) => count === 0)).toBe(true);

    const requests = await query<{ subject: string; thread: unknown }>(
      subject,
      'select subject, thread from scheduling_requests where client_id = $1',
      [clientId],
    );
    expect(requests.find((row) => row.subject === 'fresh')?.thread).toEqual({ body: 'fresh' });
    expect(requests.filter((row) => row.thread !== null)).toHaveLength(1);
    expect(requests).toHaveLength(3);
    const emails = await query<{ dedupe_key: string }>(
      subject,
      'select dedupe_key from outbox_emails where client_id = $1 order by dedupe_key',
      [clientId],
    );
    expect(emails.map((row) => row.dedupe_key)).toEqual(['pending-old', 'sent-new']);
    const meetings = await query<{ ics_uid: string }>(subject, 'select ics_uid from bookings where client_id = $1', [
      clientId,
    ]);
    expect(meetings.map((row) => row.ics_uid.split('-').slice(0, 2).join('-'))).toEqual(['recent-meeting']);
    expect(await query(subject, `select id from support_tickets where status = 'open'`)).toHaveLength(1);
  });

  it('runs more data away as the clock moves on, with the configured durations', async () => {
    const retention = createRetentionService({
      repository: createRetentionRepository(subject.runtime.database.db),
      clock: subject.clock,
      config: subject.config,
      jobs: subject.runtime.jobs,
    });
    subject.clock.advance(26 * DAY_MS);
    const later = await retention.purge();
    expect(later).toMatchObject({ emailThreads: 1, sentEmails: 1, sessions: 0, exports: 1 });
    subject.clock.advance(-26 * DAY_MS);
  });
});
