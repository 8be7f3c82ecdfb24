/**
 * C10 / privacy §6: when a client disconnects a Google calendar, or their account erasure runs, the
 * grant is revoked at Google (its revocation endpoint receives the refresh token) before our copy goes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarsDomain } from '@slash/api/calendars/wiring';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { startGoogleStandIn, type GoogleStandIn } from '../../stand-ins/google-calendar-server.js';
import { seedBuiltinClient } from './fixtures.js';

describe('revoking Google grants (C10)', () => {
  let test: TestApp;
  let google: GoogleStandIn;
  beforeAll(async () => {
    google = await startGoogleStandIn();
    test = await createTestApp({
      runWorkers: true,
      config: {
        googleClientId: 'slash-google',
        googleClientSecret: 'secret',
        googleTokenUrl: `${google.url}/token`,
        googleRevokeUrl: `${google.url}/revoke`,
        googleApiRootUrl: `${google.url}/`,
        accountErasureGraceDays: 0,
      },
    });
  });
  afterAll(async () => {
    await test.close();
    await google.close();
  });

  /** A client with a built-in calendar and a Google connection holding `refreshToken`. */
  async function clientWithGoogle(refreshToken: string) {
    const seeded = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const domain = createCalendarsDomain({ config: test.config, db: test.runtime.database.db, clock: test.clock });
    const connection = await domain.repository.insertConnection({
      clientId: seeded.client.id,
      provider: 'google',
      accountEmail: seeded.client.email,
    });
    await domain.tokens.storeGrant(connection, {
      accessToken: `at-${refreshToken}`,
      refreshToken,
      expiresInSeconds: 3600,
      scopes: ['openid'],
    });
    return { ...seeded, google: connection, domain };
  }

  const revoked = () =>
    google.requests
      .filter((request) => request.path === '/revoke' && request.method === 'POST')
      .map((request) => new URLSearchParams(String(request.body)).get('token'));

  it('revokes the grant when the client disconnects the Google calendar', async () => {
    const client = await clientWithGoogle('rt-disconnect');
    const response = await test.app.inject({
      method: 'DELETE',
      url: `/v1/connections/${client.google.id}`,
      headers: { authorization: `Bearer ${client.token}` },
    });
    expect(response.statusCode).toBeLessThan(300);
    expect(revoked()).toContain('rt-disconnect');
    expect(google.tokens.revokedRefreshTokens.has('rt-disconnect')).toBe(true);
    expect(await client.domain.repository.findConnection(client.client.id, client.google.id)).toBeUndefined();
  });

  it('revokes every Google grant when the account erasure runs', async () => {
    const client = await clientWithGoogle('rt-erasure');
    const response = await test.app.inject({
      method: 'POST',
      url: '/v1/me/privacy/account/erase',
      headers: { authorization: `Bearer ${client.token}` },
    });
    expect(response.statusCode).toBe(202);
    for (let attempt = 0; attempt < 100 && !revoked().includes('rt-erasure'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(revoked()).toContain('rt-erasure');
    expect(google.tokens.revokedRefreshTokens.has('rt-erasure')).toBe(true);
  });
});
