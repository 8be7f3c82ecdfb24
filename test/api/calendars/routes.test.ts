import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { seedBuiltinClient } from './fixtures.js';

describe('calendar routes', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(async () => test.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('lists connections and calendars without any token field', async () => {
    const a = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const connections = await test.app.inject({ method: 'GET', url: '/v1/connections', headers: auth(a.token) });
    expect(connections.statusCode).toBe(200);
    expect(connections.json().connections).toHaveLength(1);
    expect(connections.body).not.toMatch(/token|ciphertext|password/i);
    const calendars = await test.app.inject({ method: 'GET', url: '/v1/calendars', headers: auth(a.token) });
    expect(calendars.json().calendars).toEqual([
      expect.objectContaining({ id: a.calendar.id, blocksAvailability: true, receivesNewMeetings: true }),
    ]);
  });

  it('PATCH moves "receives new meetings" to one calendar only', async () => {
    const a = await seedBuiltinClient(test.runtime.database.db, test.clock);
    await a.repository.insertCalendars([
      { clientId: a.client.id, connectionId: a.connection.id, externalId: 'work', name: 'Work' },
    ]);
    const work = (await a.repository.listCalendars(a.client.id)).find((c) => c.externalId === 'work')!;
    const response = await test.app.inject({
      method: 'PATCH',
      url: `/v1/calendars/${work.id}`,
      headers: auth(a.token),
      payload: { receivesNewMeetings: true, blocksAvailability: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ receivesNewMeetings: true, blocksAvailability: false });
    const all = await a.repository.listCalendars(a.client.id);
    expect(all.filter((c) => c.receivesNewMeetings).map((c) => c.id)).toEqual([work.id]);
  });

  it('ignores a clientId sent in the PATCH body (S9 mass assignment)', async () => {
    const a = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const b = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const response = await test.app.inject({
      method: 'PATCH',
      url: `/v1/calendars/${a.calendar.id}`,
      headers: auth(a.token),
      payload: { clientId: b.client.id, blocksAvailability: false },
    });
    expect([200, 400]).toContain(response.statusCode);
    expect((await a.repository.findCalendar(a.client.id, a.calendar.id))?.clientId).toBe(a.client.id);
    expect(await b.repository.listCalendars(b.client.id)).toHaveLength(1);
  });

  it("S5: client A using client B's calendar or connection ids gets 404 and B's rows are unchanged", async () => {
    const a = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const b = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const patch = await test.app.inject({
      method: 'PATCH',
      url: `/v1/calendars/${b.calendar.id}`,
      headers: auth(a.token),
      payload: { blocksAvailability: false },
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.headers['content-type']).toMatch(/application\/problem\+json/);
    const del = await test.app.inject({
      method: 'DELETE',
      url: `/v1/connections/${b.connection.id}`,
      headers: auth(a.token),
    });
    expect(del.statusCode).toBe(404);
    const feed = await test.app.inject({
      method: 'POST',
      url: `/v1/calendars/${b.calendar.id}/feed-link`,
      headers: auth(a.token),
    });
    expect(feed.statusCode).toBe(404);
    expect(await b.repository.listCalendars(b.client.id)).toEqual([
      expect.objectContaining({ blocksAvailability: true }),
    ]);
  });

  it('disconnects a connection and its calendars', async () => {
    const a = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const del = await test.app.inject({
      method: 'DELETE',
      url: `/v1/connections/${a.connection.id}`,
      headers: auth(a.token),
    });
    expect(del.statusCode).toBe(204);
    expect(await a.repository.listCalendars(a.client.id)).toEqual([]);
  });

  it('serves the built-in calendar as an ICS feed behind a signed link', async () => {
    const a = await seedBuiltinClient(test.runtime.database.db, test.clock);
    await a.repository.insertBuiltinEvent({
      clientId: a.client.id,
      calendarId: a.calendar.id,
      uid: 'feed-1@slash',
      title: 'Lunch; with, Julie',
      startsAt: new Date('2026-03-05T11:00:00Z'),
      endsAt: new Date('2026-03-05T12:00:00Z'),
    });
    const link = await test.app.inject({
      method: 'POST',
      url: `/v1/calendars/${a.calendar.id}/feed-link`,
      headers: auth(a.token),
    });
    expect(link.statusCode).toBe(200);
    const url = new URL(link.json().url);
    const path = url.pathname + url.search;
    const feed = await test.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.body).toContain('UID:feed-1@slash');
    expect(feed.body).toContain('SUMMARY:Lunch\\; with\\, Julie');
    const forged = await test.app.inject({ method: 'GET', url: `${path.slice(0, -3)}abc` });
    expect(forged.statusCode).toBe(404);
  });

  it('requires a signed-in client', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/v1/calendars' });
    expect(response.statusCode).toBe(401);
  });
});
