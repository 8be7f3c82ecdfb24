/**
 * Support queue (policy §4): failed jobs and requests the interpreter was unsure about become
 * tickets (once each, however often the sweep runs); other domains open tickets through the
 * service; the client sees their own tickets and no one else's; admins see all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@slash/api/db/schema';
import { createSupportRepository } from '@slash/api/support/repository';
import { createSupportService } from '@slash/api/support/service';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { query, seedClient, type SeededClient } from '../privacy/privacy-fixtures.js';

describe('support queue', () => {
  let subject: TestApp;
  let mine: SeededClient;
  let theirs: SeededClient;

  beforeAll(async () => {
    subject = await createTestApp();
    mine = await seedClient(subject, 'helped');
    theirs = await seedClient(subject, 'elsewhere');
    await subject.runtime.database.db
      .insert(schema.schedulingRequests)
      .values({ clientId: mine.clientId, source: 'email', interpretation: { confidence: 0.2 }, needsReview: true });
  });
  afterAll(async () => subject.close());

  const support = () =>
    createSupportService({ repository: createSupportRepository(subject.runtime.database.db), clock: subject.clock });

  it('turns uncertain requests and failed jobs into one ticket each', async () => {
    const jobId = await subject.runtime.jobs.send('privacy.build-export', {
      exportId: '00000000-0000-4000-8000-000000000000',
    });
    await query(
      subject,
      `update pgboss.job set state = 'failed', retry_count = 5, completed_on = now() where id = $1`,
      [jobId],
    );
    expect(await support().sweep()).toBe(2);
    expect(await support().sweep()).toBe(0);
    const tickets = await query<{ kind: string; client_id: string | null; context: Record<string, unknown> }>(
      subject,
      'select kind, client_id, context from support_tickets order by kind',
    );
    expect(tickets.map((ticket) => ticket.kind)).toEqual(['interpretation_uncertain', 'job_failed']);
    expect(tickets[1]!.context).toMatchObject({ jobId, jobName: 'privacy.build-export', retryCount: 5 });
  });

  it('opens tickets for other domains, deduplicated by key', async () => {
    const first = await support().open({
      kind: 'scheduling_error',
      clientId: theirs.clientId,
      summary: 'Calendar refused the event',
      context: { code: 'provider_403' },
      dedupeKey: 'booking:x:calendar',
    });
    const again = await support().open({
      kind: 'scheduling_error',
      clientId: theirs.clientId,
      summary: 'Calendar refused the event',
      dedupeKey: 'booking:x:calendar',
    });
    expect(again).toEqual({ id: first.id, isNew: false });
  });

  it('shows a client their tickets only', async () => {
    const response = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/support-tickets',
      headers: { authorization: `Bearer ${mine.token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().tickets.map((ticket: { kind: string }) => ticket.kind)).toEqual([
      'interpretation_uncertain',
    ]);
    const other = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/support-tickets',
      headers: { authorization: `Bearer ${theirs.token}` },
    });
    expect(other.json().tickets.map((ticket: { kind: string }) => ticket.kind)).toEqual(['scheduling_error']);
  });

  it('lets support see and close every ticket', async () => {
    const { createAdminKeys } = await import('@slash/api/privacy/register-privacy');
    const key = (
      await createAdminKeys({ db: subject.runtime.database.db, clock: subject.clock }).create({ role: 'support' })
    ).key;
    const list = await subject.app.inject({
      method: 'GET',
      url: '/v1/admin/support-tickets?status=open',
      headers: { 'x-api-key': key },
    });
    expect(list.json().tickets).toHaveLength(3);
    const id = list.json().tickets[0].id as string;
    const closed = await subject.app.inject({
      method: 'PATCH',
      url: `/v1/admin/support-tickets/${id}`,
      headers: { 'x-api-key': key },
      payload: { status: 'closed' },
    });
    expect(closed.json()).toMatchObject({ id, status: 'closed' });
  });
});
