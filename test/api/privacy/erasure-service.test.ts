/**
 * Erasure (G4, G5) against the real database: after a contact's erasure no table, no pending job and
 * no log line holds any of their values (canary scan of every text/jsonb column of every schema);
 * another client's contact is untouched; future meetings are cancelled through the calendar outbox;
 * an account erasure waits for its grace period, then leaves no row of the client but the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR_SYNC_JOB } from '@slash/api/booking/service';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  newCanary,
  query,
  scanDatabase,
  seedClient,
  seedContactWorld,
  type Canary,
  type ContactWorld,
  type SeededClient,
} from './privacy-fixtures.js';

const DAY_MS = 86_400_000;

describe('erasure', () => {
  let subject: TestApp;
  let owner: SeededClient;
  let other: SeededClient;
  let canary: Canary;
  let bystander: Canary;
  let world: ContactWorld;

  beforeAll(async () => {
    subject = await createTestApp();
    owner = await seedClient(subject, 'owner');
    other = await seedClient(subject, 'other');
    canary = newCanary('erased');
    bystander = newCanary('kept');
    world = await seedContactWorld(subject, owner.clientId, canary);
    await seedContactWorld(subject, other.clientId, bystander);
    // A queued job that carries the contact's address in clear, as a mail job would.
    await subject.runtime.jobs.send('privacy.build-export', {
      exportId: randomUUID(),
      to: canary.email,
      who: canary.name,
    });
    // The contact's own privacy request went through the public form (confirmation email to them).
    const submitted = await subject.app.inject({
      method: 'POST',
      url: '/v1/public/privacy-requests',
      payload: { email: canary.email, kind: 'erasure' },
    });
    expect(submitted.statusCode).toBe(202);
  });
  afterAll(async () => subject.close());

  it('finds the canary everywhere before erasure (the scan can see it)', async () => {
    const hits = await scanDatabase(subject, canary.email);
    expect(hits).toEqual(
      expect.arrayContaining([
        'public.contacts.email',
        'public.scheduling_requests.thread',
        'public.outbox_emails.to_addresses',
        'pgboss.job.data',
      ]),
    );
    expect(await scanDatabase(subject, canary.phone)).toContain('public.bookings.form_answers');
  });

  it('leaves no value of the erased contact in any column, pending job or log line', async () => {
    const response = await subject.app.inject({
      method: 'POST',
      url: `/v1/me/privacy/contacts/${world.contactId}/erase`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ meetingsCancelled: 1 });
    for (const value of Object.values(canary)) {
      expect({ value, hits: await scanDatabase(subject, value) }).toEqual({ value, hits: [] });
      expect(subject.logs.filter((line) => line.toLowerCase().includes(value.toLowerCase()))).toEqual([]);
    }
    // Only the declared hash of the requester's address stays (privacy_requests.requester_email_hash).
    const requests = await query<{ hash: string }>(
      subject,
      'select requester_email_hash as hash from privacy_requests',
    );
    expect(requests.every((row) => /^[0-9a-f]{64}$/.test(row.hash))).toBe(true);
  });

  it("keeps the other client's contact intact", async () => {
    for (const value of Object.values(bystander)) expect(await scanDatabase(subject, value)).not.toEqual([]);
    expect(await scanDatabase(subject, bystander.email)).toContain('public.contacts.email');
  });

  it('cancels the future meeting through the calendar outbox and keeps the past one', async () => {
    const rows = await query<{ id: string; status: string; contact_id: string | null; form_answers: unknown }>(
      subject,
      'select id, status, contact_id, form_answers from bookings where id = any($1::uuid[])',
      [[world.bookingId, world.pastBookingId]],
    );
    const future = rows.find((row) => row.id === world.bookingId);
    const past = rows.find((row) => row.id === world.pastBookingId);
    expect(future).toMatchObject({ status: 'cancelled', contact_id: null, form_answers: {} });
    expect(past).toMatchObject({ status: 'confirmed', contact_id: null, form_answers: {} });
    const jobs = await query<{ data: { bookingId: string } }>(subject, `select data from pgboss.job where name = $1`, [
      CALENDAR_SYNC_JOB,
    ]);
    expect(jobs.map((job) => job.data.bookingId)).toContain(world.bookingId);
  });

  it('audits the erasure with ids only', async () => {
    const rows = await query<{ action: string; subject_id: string; details: Record<string, unknown> }>(
      subject,
      `select action, subject_id, details from audit_log where action = 'contact.erased'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject_id: world.contactId, details: { clientId: owner.clientId } });
  });

  it("answers 404 for another client's contact and erases nothing", async () => {
    const [theirs] = await query<{ id: string }>(subject, 'select id from contacts where client_id = $1', [
      other.clientId,
    ]);
    const response = await subject.app.inject({
      method: 'POST',
      url: `/v1/me/privacy/contacts/${theirs!.id}/erase`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(response.statusCode).toBe(404);
    expect(await query(subject, 'select id from contacts where id = $1', [theirs!.id])).toHaveLength(1);
  });

  it('erases an account only after its grace period, leaving only the audit trail', async () => {
    const doomed = await seedClient(subject, 'doomed');
    const doomedCanary = newCanary('doomed');
    await seedContactWorld(subject, doomed.clientId, doomedCanary);
    const requested = await subject.app.inject({
      method: 'POST',
      url: '/v1/me/privacy/account/erase',
      headers: { authorization: `Bearer ${doomed.token}` },
    });
    expect(requested.statusCode).toBe(202);
    const { eraseDueAccounts } = await erasureSweep(subject);
    expect(await eraseDueAccounts()).toBe(0);
    expect(await query(subject, 'select id from clients where id = $1', [doomed.clientId])).toHaveLength(1);

    subject.clock.advance(subject.config.accountErasureGraceDays * DAY_MS + 1);
    expect(await eraseDueAccounts()).toBe(1);
    expect(await eraseDueAccounts()).toBe(0);
    for (const value of [doomed.email, ...Object.values(doomedCanary)])
      expect({ value, hits: await scanDatabase(subject, value) }).toEqual({ value, hits: [] });
    const tables = await query<{ table_name: string }>(
      subject,
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'client_id'`,
    );
    for (const { table_name: table } of tables) {
      expect({
        table,
        rows: await query(subject, `select 1 from "${table}" where client_id = $1`, [doomed.clientId]),
      }).toEqual({ table, rows: [] });
    }
    const audit = await query<{ action: string }>(
      subject,
      'select action from audit_log where subject_id = $1 order by at',
      [doomed.clientId],
    );
    expect(audit.map((row) => row.action)).toEqual(['account.erasure_requested', 'account.erased']);
    const after = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/support-tickets',
      headers: { authorization: `Bearer ${doomed.token}` },
    });
    expect(after.statusCode).toBe(401);
  });
});

/** The daily sweep's erasure step, through the same services the app wires. */
async function erasureSweep(subject: TestApp): Promise<{ eraseDueAccounts: () => Promise<number> }> {
  const { createErasureService } = await import('@slash/api/privacy/erasure-service');
  const { createPrivacyRepository } = await import('@slash/api/privacy/repository');
  const { createSubjectRepository } = await import('@slash/api/privacy/repository');
  const { createMeetingSync } = await import('@slash/api/privacy/meeting-sync');
  const { createAuditService } = await import('@slash/api/audit/service');
  const { createAuditRepository } = await import('@slash/api/audit/repository');
  const db = subject.runtime.database.db;
  const repository = createPrivacyRepository(db);
  const erasure = createErasureService({
    repository,
    subjects: createSubjectRepository(db),
    meetings: createMeetingSync({ repository, jobs: subject.runtime.jobs }),
    audit: createAuditService({ repository: createAuditRepository(db), clock: subject.clock }),
    jobs: subject.runtime.jobs,
    clock: subject.clock,
    config: subject.config,
  });
  return { eraseDueAccounts: () => erasure.eraseDueAccounts() };
}
