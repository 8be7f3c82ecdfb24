/**
 * The public booking API under bad input and curious callers: S6 (allow-listed fields only), S7
 * (nothing addressed to one contact carries another's data), S13 (headers), S14 (only offered
 * slots), C17 (CR/LF, sizes, zones). Every refusal is a 4xx problem+json that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import {
  createSchedulingWorld,
  eventually,
  linkTokenOf,
  sampleThread,
  type SchedulingWorld,
} from './booking-fixture.js';

let world: SchedulingWorld;
let linkA: string;
let linkB: string;
let linkC: string;
let manageA: string;

const TEN = '2026-03-11T09:00:00.000Z';
const CANARY = {
  firstName: 'Zoltan',
  lastName: 'Canary-A',
  company: 'Canary Corp A',
  role: 'Canary role A',
  contactMeans: '+33 6 00 00 00 01',
  email: 'zoltan.a@canary.example',
};

async function rowCounts(): Promise<Record<string, number>> {
  const tables = ['bookings', 'outbox_emails', 'contacts', 'scheduling_requests', 'booking_links'];
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number((await world.runtime.database.executeSql(`select count(*) from ${table}`)).rows[0]?.count);
  return counts;
}

beforeAll(async () => {
  world = await createSchedulingWorld({ runWorkers: true });
  const post = async (email: string, name: string) =>
    (
      await world.app.inject({
        method: 'POST',
        url: '/v1/scheduling-requests',
        headers: world.auth,
        payload: { thread: sampleThread({ email, name }) },
      })
    ).json() as SchedulingRequestView;
  linkA = linkTokenOf((await post('alice@a-corp.example', 'Alice A')).bookingLink!.url);
  linkB = linkTokenOf((await post('bruno@b-corp.example', 'Bruno B')).bookingLink!.url);
  linkC = linkTokenOf((await post('carla@c-corp.example', 'Carla C')).bookingLink!.url);
  const booked = await world.app.inject({
    method: 'POST',
    url: `/v1/public/links/${linkA}/bookings`,
    headers: { 'idempotency-key': 'safety-a-0001' },
    payload: { start: TEN, timeZone: 'Europe/Paris', form: CANARY },
  });
  expect(booked.statusCode, booked.body).toBe(201);
  manageA = linkTokenOf((booked.json() as { manageUrl: string }).manageUrl);
  const bookedB = await world.app.inject({
    method: 'POST',
    url: `/v1/public/links/${linkB}/bookings`,
    headers: { 'idempotency-key': 'safety-b-0001' },
    payload: { start: '2026-03-12T09:00:00.000Z', timeZone: 'Europe/London', form: { firstName: 'Bruno' } },
  });
  expect(bookedB.statusCode, bookedB.body).toBe(201);
  await eventually(async () =>
    Number(
      (await world.runtime.database.executeSql("select count(*) from outbox_emails where status = 'kept'")).rows[0]
        ?.count,
    ) === 5
      ? true
      : undefined,
  ); // A: Alice, the form's address, the client; B: Bruno, the client
});

afterAll(async () => world?.close());

describe('public responses (S6, S13)', () => {
  it('carry only allow-listed fields, with no-referrer, noindex and no-store', async () => {
    const answers = await Promise.all([
      world.app.inject({ method: 'GET', url: `/v1/public/links/${linkC}` }),
      world.app.inject({ method: 'GET', url: `/v1/public/links/${linkC}/slots?timeZone=Europe/Paris` }),
      world.app.inject({ method: 'GET', url: `/v1/public/bookings/${manageA}` }),
      world.app.inject({ method: 'GET', url: `/v1/public/links/${linkB}` }),
    ]);
    expect(Object.keys(answers[0]!.json()).sort()).toEqual([
      'bookedFor',
      'clientName',
      'contactTimeZone',
      'language',
      'meeting',
      'privacyNoticeUrl',
    ]);
    expect(Object.keys(answers[1]!.json()).sort()).toEqual(['slots', 'timeZone']);
    expect(Object.keys(answers[2]!.json()).sort()).toEqual(['clientName', 'end', 'meeting', 'start', 'status']);
    expect(answers[0]!.json().bookedFor).toBeNull();
    expect(answers[3]!.json().bookedFor).toEqual({
      start: '2026-03-12T09:00:00.000Z',
      end: '2026-03-12T09:30:00.000Z',
    });
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-robots-tag']).toBe('noindex');
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.body).not.toMatch(/Canary|canary|Secret|camille\.martin@/);
    }
  });

  it('answers an unknown token with a 404 problem', async () => {
    const answer = await world.app.inject({ method: 'GET', url: `/v1/public/links/${'x'.repeat(43)}` });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('contact isolation (S7)', () => {
  it('puts none of contact A’s data in anything addressed to contact B', async () => {
    const rows = (
      await world.runtime.database.executeSql(
        "select subject, text_body, html_body, ics_content from outbox_emails where 'bruno@b-corp.example' = any(to_addresses)",
      )
    ).rows;
    expect(rows.length).toBe(1);
    const addressedToB =
      JSON.stringify(rows) + (await world.app.inject({ method: 'GET', url: `/v1/public/links/${linkB}` })).body;
    for (const value of [...Object.values(CANARY), 'alice@a-corp.example', 'Alice A'])
      expect(addressedToB).not.toContain(value);
  });
});

describe('bad input changes nothing (S14, C17)', () => {
  const cases: {
    name: string;
    url?: string;
    headers?: Record<string, string>;
    payload: unknown;
    status: number;
    field?: string;
  }[] = [
    {
      name: 'a slot never offered (Sunday 03:00)',
      payload: { start: '2026-03-15T02:00:00.000Z', timeZone: 'Europe/Paris' },
      status: 400,
      field: 'body.start',
    },
    {
      name: 'an off-grid start',
      payload: { start: '2026-03-11T13:07:00.000Z', timeZone: 'Europe/Paris' },
      status: 400,
      field: 'body.start',
    },
    {
      name: 'CR/LF in a name',
      payload: {
        start: '2026-03-11T13:00:00.000Z',
        timeZone: 'Europe/Paris',
        form: { lastName: 'x\r\nBcc: evil@example.com' },
      },
      status: 400,
      field: 'body.form.lastName',
    },
    {
      name: 'a 10 kB field',
      payload: { start: '2026-03-11T13:00:00.000Z', timeZone: 'Europe/Paris', form: { company: 'x'.repeat(10_240) } },
      status: 400,
      field: 'body.form.company',
    },
    {
      name: 'an unknown zone',
      payload: { start: '2026-03-11T13:00:00.000Z', timeZone: 'Mars/Olympus' },
      status: 400,
      field: 'body.timeZone',
    },
    {
      name: 'no Idempotency-Key',
      headers: {},
      payload: { start: '2026-03-11T13:00:00.000Z', timeZone: 'Europe/Paris' },
      status: 400,
      field: 'headers.idempotency-key',
    },
    {
      name: 'an unknown token',
      url: `/v1/public/links/${'y'.repeat(43)}/bookings`,
      payload: { start: '2026-03-11T13:00:00.000Z', timeZone: 'Europe/Paris' },
      status: 404,
    },
  ];
  for (const testCase of cases) {
    it(`refuses ${testCase.name} with a ${testCase.status} problem`, async () => {
      const before = await rowCounts();
      const answer = await world.app.inject({
        method: 'POST',
        url: testCase.url ?? `/v1/public/links/${linkC}/bookings`,
        headers: testCase.headers ?? { 'idempotency-key': `bad-${testCase.name.replace(/\W+/g, '-')}` },
        payload: testCase.payload as Record<string, unknown>,
      });
      expect(answer.statusCode, answer.body).toBe(testCase.status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      if (testCase.field !== undefined) expect(answer.json().detail as string).toContain(testCase.field);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it('names querystring.timeZone for a bad zone on the slots endpoint', async () => {
    const answer = await world.app.inject({
      method: 'GET',
      url: `/v1/public/links/${linkC}/slots?timeZone=Nowhere/Land`,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().detail).toContain('querystring.timeZone');
  });
});

describe('client routes across tenants', () => {
  it('answers another client’s request id with 404', async () => {
    const { createAccountsRepository } = await import('@slash/api/accounts/repository');
    const { createSessionService } = await import('@slash/api/accounts/session-service');
    const accounts = createAccountsRepository(world.runtime.database.db);
    const other = await accounts.insertClient({
      email: 'other@client.example',
      name: 'Other',
      timeZone: 'Europe/Paris',
      language: 'fr',
    });
    const { token } = await createSessionService({ accounts, clock: world.clock }).open(other.id, 'addin');
    const mine = (
      await world.app.inject({
        method: 'POST',
        url: '/v1/scheduling-requests',
        headers: world.auth,
        payload: { thread: sampleThread() },
      })
    ).json() as SchedulingRequestView;
    for (const method of ['GET', 'DELETE'] as const) {
      const answer = await world.app.inject({
        method,
        url: `/v1/scheduling-requests/${mine.id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(answer.statusCode).toBe(404);
    }
    expect(
      (await world.app.inject({ method: 'GET', url: `/v1/scheduling-requests/${mine.id}`, headers: world.auth })).json()
        .status,
    ).toBe('open');
    const deleted = await world.app.inject({
      method: 'DELETE',
      url: `/v1/scheduling-requests/${mine.id}`,
      headers: world.auth,
    });
    expect(deleted.statusCode).toBe(204);
    expect(
      (await world.app.inject({ method: 'GET', url: `/v1/public/links/${linkTokenOf(mine.bookingLink!.url)}` }))
        .statusCode,
    ).toBe(404);
  });
});
