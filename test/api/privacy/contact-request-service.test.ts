/**
 * Requests from contacts (G7, policy §6 and §9): the public form answers identically whether or not
 * the address is known; after confirming through the emailed link, the request reaches every client
 * holding the address — and no other — and shows in the admin queue; the address is never stored
 * with the request (only an HMAC).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  newCanary,
  query,
  scanDatabase,
  seedClient,
  seedContactWorld,
  type Canary,
  type SeededClient,
} from './privacy-fixtures.js';

describe('contact privacy requests', () => {
  let subject: TestApp;
  let first: SeededClient;
  let second: SeededClient;
  let bystander: SeededClient;
  let person: Canary;
  let adminKey: string;

  beforeAll(async () => {
    subject = await createTestApp();
    first = await seedClient(subject, 'first');
    second = await seedClient(subject, 'second');
    bystander = await seedClient(subject, 'bystander');
    person = newCanary('requester');
    await seedContactWorld(subject, first.clientId, person);
    await seedContactWorld(subject, second.clientId, { ...person, email: person.email.toUpperCase() });
    await seedContactWorld(subject, bystander.clientId, newCanary('unrelated'));
    const { createAdminKeys } = await import('@slash/api/privacy/register-privacy');
    adminKey = (
      await createAdminKeys({ db: subject.runtime.database.db, clock: subject.clock }).create({ role: 'support' })
    ).key;
  });
  afterAll(async () => subject.close());

  async function submit(email: string) {
    return subject.app.inject({
      method: 'POST',
      url: '/v1/public/privacy-requests',
      payload: { email, kind: 'erasure' },
    });
  }
  async function confirmationLink(email: string): Promise<string> {
    const [row] = await query<{ text_body: string }>(
      subject,
      `select text_body from outbox_emails where $1 = any(to_addresses) and dedupe_key like 'privacy-confirm:%' order by created_at desc limit 1`,
      [email.toLowerCase()],
    );
    const match = /https?:\/\/\S+\/privacy\/confirm\?token=(\S+)/.exec(row!.text_body);
    return `/privacy/confirm?token=${match![1]}`;
  }

  it('answers the same whether or not the address is known', async () => {
    const known = await submit(person.email);
    const unknown = await submit('nobody.at.all@nowhere.example');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.json()).toEqual(known.json());
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());

    const confirmedUnknown = await subject.app.inject({
      method: 'POST',
      url: await confirmationLink('nobody.at.all@nowhere.example'),
    });
    const confirmedKnown = await subject.app.inject({ method: 'POST', url: await confirmationLink(person.email) });
    expect(confirmedKnown.statusCode).toBe(200);
    expect(confirmedUnknown.statusCode).toBe(200);
    expect(confirmedUnknown.json()).toEqual(confirmedKnown.json());
  });

  it('routes the confirmed request to every client holding the address and no other', async () => {
    const routed = await query<{ client_id: string; status: string; due_at: Date }>(
      subject,
      `select client_id, status, due_at from privacy_requests where client_id is not null`,
    );
    expect(routed.map((row) => row.client_id).sort()).toEqual([first.clientId, second.clientId].sort());
    expect(routed.every((row) => row.status === 'pending')).toBe(true);
    for (const client of [first, second]) {
      const mine = await subject.app.inject({
        method: 'GET',
        url: '/v1/me/privacy/requests',
        headers: { authorization: `Bearer ${client.token}` },
      });
      expect(mine.json().requests).toHaveLength(1);
      expect(mine.json().requests[0]).toMatchObject({ kind: 'erasure', clientId: client.clientId });
    }
    const theirs = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/privacy/requests',
      headers: { authorization: `Bearer ${bystander.token}` },
    });
    expect(theirs.json().requests).toEqual([]);
    const notified = await query<{ to: string[] }>(
      subject,
      `select to_addresses as "to" from outbox_emails where dedupe_key like 'privacy-request:%'`,
    );
    expect(notified.flatMap((row) => row.to).sort()).toEqual([first.email, second.email].sort());
  });

  it('shows the requests in the admin queue', async () => {
    const queue = await subject.app.inject({
      method: 'GET',
      url: '/v1/admin/privacy-requests?status=pending',
      headers: { 'x-api-key': adminKey },
    });
    expect(queue.statusCode).toBe(200);
    expect(
      queue
        .json()
        .requests.map((row: { clientId: string }) => row.clientId)
        .sort(),
    ).toEqual([first.clientId, second.clientId].sort());
  });

  it('stores no address with the requests and confirms only once', async () => {
    const hits = (await scanDatabase(subject, person.email)).filter((hit) => hit.startsWith('public.privacy_requests'));
    expect(hits).toEqual([]);
    await subject.app.inject({ method: 'POST', url: await confirmationLink(person.email) });
    expect(await query(subject, `select id from privacy_requests where client_id is not null`)).toHaveLength(2);
  });

  it('refuses a forged confirmation link', async () => {
    const response = await subject.app.inject({
      method: 'POST',
      url: '/privacy/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(response.statusCode).toBe(404);
  });

  it('serves a plain HTML form that posts to the JSON endpoint', async () => {
    const page = await subject.app.inject({ method: 'GET', url: '/privacy/request' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('action="/v1/public/privacy-requests"');
    const posted = await subject.app.inject({
      method: 'POST',
      url: '/v1/public/privacy-requests',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=someone%40example.org&kind=access',
    });
    expect(posted.statusCode).toBe(200);
    expect(posted.headers['content-type']).toContain('text/html');
  });
});
