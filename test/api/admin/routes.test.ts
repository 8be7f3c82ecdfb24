/**
 * Admin API (`/v1/admin`): keys are stored hashed and scoped by role; a read-only key can read but
 * not change anything; every admin call — allowed or refused — leaves exactly one audit row with
 * ids only; the audit log itself cannot be altered by the app's database role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { newCanary, query, seedClient, seedContactWorld, type SeededClient } from '../privacy/privacy-fixtures.js';

describe('admin API', () => {
  let subject: TestApp;
  let client: SeededClient;
  let keys: Record<'admin' | 'support' | 'read_only', string>;
  let contactId: string;

  beforeAll(async () => {
    subject = await createTestApp();
    client = await seedClient(subject, 'managed');
    contactId = (await seedContactWorld(subject, client.clientId, newCanary('admin'))).contactId;
    const { createAdminKeys } = await import('@slash/api/privacy/register-privacy');
    const service = createAdminKeys({ db: subject.runtime.database.db, clock: subject.clock });
    keys = {
      admin: (await service.create({ role: 'admin' })).key,
      support: (await service.create({ role: 'support' })).key,
      read_only: (await service.create({ role: 'read_only' })).key,
    };
  });
  afterAll(async () => subject.close());

  const call = (key: string | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    subject.app.inject({
      method,
      url,
      headers: key === undefined ? {} : { 'x-api-key': key },
      ...(payload === undefined ? {} : { payload }),
    });
  const adminAuditRows = async () =>
    (await query<{ n: number }>(subject, `select count(*)::int as n from audit_log where action like 'admin.%'`))[0]!.n;

  it('stores only hashes of the keys', async () => {
    const rows = await query<{ key_hash: string }>(subject, 'select key_hash from api_keys');
    for (const key of Object.values(keys)) expect(rows.some((row) => row.key_hash === key)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.key_hash))).toBe(true);
  });

  it('lets a read-only key read but change nothing', async () => {
    expect((await call(keys.read_only, 'GET', '/v1/admin/stats')).statusCode).toBe(200);
    expect((await call(keys.read_only, 'GET', '/v1/admin/support-tickets')).statusCode).toBe(200);
    const before = await query(subject, `select id, status from clients order by id`);
    const attempts = [
      await call(keys.read_only, 'POST', `/v1/admin/accounts/${client.clientId}/erase`),
      await call(keys.read_only, 'POST', '/v1/admin/api-keys', { role: 'admin' }),
      await call(keys.read_only, 'POST', '/v1/admin/newsletter', { issueId: 'x', subject: 's', textBody: 't' }),
      await call(keys.read_only, 'GET', `/v1/admin/contacts/${contactId}`),
      await call(keys.read_only, 'GET', '/v1/admin/accounts?q=managed'),
    ];
    expect(attempts.map((response) => response.statusCode)).toEqual([403, 403, 403, 403, 403]);
    expect(attempts[0]!.headers['content-type']).toContain('application/problem+json');
    expect(await query(subject, `select id, status from clients order by id`)).toEqual(before);
    expect(await query(subject, 'select id from api_keys')).toHaveLength(3);
  });

  it('refuses calls without a valid key', async () => {
    expect((await call(undefined, 'GET', '/v1/admin/stats')).statusCode).toBe(401);
    expect((await call('slash_admin_not-a-real-key-at-all-0000', 'GET', '/v1/admin/stats')).statusCode).toBe(401);
  });

  it('leaves one audit row per admin call, with ids and no personal values', async () => {
    const before = await adminAuditRows();
    const calls = [
      await call(keys.support, 'GET', '/v1/admin/accounts?q=managed'),
      await call(keys.support, 'GET', `/v1/admin/accounts/${client.clientId}`),
      await call(keys.support, 'GET', `/v1/admin/contacts/${contactId}`),
      await call(keys.read_only, 'GET', '/v1/admin/stats'),
      await call(keys.read_only, 'GET', '/v1/admin/privacy-requests'),
      await call(keys.read_only, 'POST', `/v1/admin/accounts/${client.clientId}/erase`),
      await call(undefined, 'GET', '/v1/admin/stats'),
    ];
    expect(calls.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200, 403, 401]);
    expect(calls[0]!.json().accounts).toHaveLength(1);
    expect(await adminAuditRows()).toBe(before + calls.length);
    const [contactRead] = await query<{
      actor_id: string;
      subject_kind: string;
      subject_id: string;
      details: Record<string, unknown>;
    }>(
      subject,
      `select actor_id, subject_kind, subject_id, details from audit_log where action = 'admin.contact.read'`,
    );
    expect(contactRead).toMatchObject({ subject_kind: 'contact', subject_id: contactId });
    const text = JSON.stringify(await query(subject, 'select * from audit_log'));
    expect(text).not.toContain(client.email);
  });

  it('reports statistics as counts only', async () => {
    const stats = (await call(keys.read_only, 'GET', '/v1/admin/stats')).json<Record<string, unknown>>();
    expect(Object.values(stats).every((value) => Number.isInteger(value))).toBe(true);
    expect(stats.contacts).toBe(1);
  });

  it('keeps the audit log append-only', async () => {
    await expect(query(subject, `update audit_log set action = 'nothing'`)).rejects.toThrow(/append-only/);
    await expect(query(subject, `delete from audit_log`)).rejects.toThrow(/append-only/);
  });

  it('creates keys from the CLI arguments', async () => {
    const { parseCreateKeyArgs } = await import('@slash/api/cli/admin-command');
    expect(parseCreateKeyArgs(['create-key', '--role', 'support', '--label', 'desk'])).toEqual({
      role: 'support',
      label: 'desk',
    });
    expect(parseCreateKeyArgs(['create-key', '--role', 'root'])).toHaveProperty('error');
  });
});
