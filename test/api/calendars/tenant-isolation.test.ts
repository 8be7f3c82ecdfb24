/**
 * S5: a client using another client's connection or calendar ids gets 404, nothing of the other client
 * changes, and the provider (a Google stand-in behind the other client's connection) receives no request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createCalendarsDomain } from '@slash/api/calendars/wiring';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startGoogleStandIn, type GoogleStandIn } from '../../stand-ins/google-calendar-server.js';
import { seedBuiltinClient } from './fixtures.js';

describe('S5: tenant isolation of connections and calendars', () => {
  let test: TestApp;
  let google: GoogleStandIn;
  beforeAll(async () => {
    google = await startGoogleStandIn();
    test = await createTestApp({
      nowMs: Date.parse('2026-03-02T08:00:00Z'),
      config: {
        googleClientId: 'slash-google',
        googleClientSecret: 'secret',
        googleTokenUrl: `${google.url}/token`,
        googleApiRootUrl: `${google.url}/`,
      },
    });
  });
  afterAll(async () => {
    await test.close();
    await google.close();
  });

  it("answers 404 to client A for client B's Google connection and calendar, and never calls Google", async () => {
    const domain = createCalendarsDomain({ config: test.config, db: test.runtime.database.db, clock: test.clock });
    const victim = await createAccountsRepository(test.runtime.database.db).insertClient({ email: 'b@example.com' });
    google.calendars.set('primary', { summary: 'B', timeZone: 'Europe/Paris', primary: true, events: new Map() });
    const connection = await domain.repository.insertConnection({
      clientId: victim.id,
      provider: 'google',
      accountEmail: 'b@example.com',
    });
    google.tokens.validAccessTokens.add('b-access');
    await domain.tokens.storeGrant(connection, {
      accessToken: 'b-access',
      refreshToken: 'b-refresh',
      expiresInSeconds: 3600,
      scopes: ['openid'],
    });
    await domain.repository.insertCalendars([
      { clientId: victim.id, connectionId: connection.id, externalId: 'primary', name: 'B', blocksAvailability: true },
    ]);
    const [calendar] = await domain.repository.listCalendars(victim.id);
    const attacker = await seedBuiltinClient(test.runtime.database.db, test.clock);
    google.requests.length = 0;

    const headers = { authorization: `Bearer ${attacker.token}` };
    const attempts = [
      { method: 'PATCH' as const, url: `/v1/calendars/${calendar!.id}`, payload: { blocksAvailability: false } },
      { method: 'POST' as const, url: `/v1/calendars/${calendar!.id}/feed-link` },
      { method: 'DELETE' as const, url: `/v1/connections/${connection.id}` },
    ];
    for (const attempt of attempts) {
      const response = await test.app.inject({ ...attempt, headers });
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const listed = await test.app.inject({ method: 'GET', url: '/v1/calendars', headers });
    expect(listed.body).not.toContain(calendar!.id);
    expect(google.requests).toHaveLength(0);
    expect(await domain.repository.listConnections(victim.id)).toHaveLength(1);
    expect(await domain.repository.listCalendars(victim.id)).toEqual([
      expect.objectContaining({ id: calendar!.id, blocksAvailability: true }),
    ]);
  });
});
