import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { openDatabase, type DatabaseHandle } from '@slash/api/db/client';
import { createCalendarsDomain, type CalendarsDomain } from '@slash/api/calendars/wiring';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { isRealPostgres } from '../../support/test-database.js';
import { startGoogleStandIn, type GoogleStandIn } from '../../stand-ins/google-calendar-server.js';

const at = (iso: string) => Date.parse(iso);

describe.skipIf(!isRealPostgres)(
  'connection token refresh across processes (R4; needs DATABASE_URL, skipped on PGlite)',
  () => {
    let test: TestApp;
    let google: GoogleStandIn;
    let secondDatabase: DatabaseHandle;
    let first: CalendarsDomain;
    let second: CalendarsDomain;

    beforeAll(async () => {
      test = await createTestApp();
      google = await startGoogleStandIn();
      // A second pool on the same database plays the second API process.
      secondDatabase = await openDatabase({ url: test.runtime.databaseUrl! });
      const config = {
        ...test.config,
        googleClientId: 'slash-google',
        googleClientSecret: 's',
        googleTokenUrl: `${google.url}/token`,
        googleApiRootUrl: `${google.url}/`,
      };
      first = createCalendarsDomain({ config, db: test.runtime.database.db, clock: test.clock });
      second = createCalendarsDomain({ config, db: secondDatabase.db, clock: test.clock });
    });
    afterAll(async () => {
      await secondDatabase.close();
      await google.close();
      await test.close();
    });

    it('R4: 50 concurrent calls with an expired access token over two processes cause exactly one refresh', async () => {
      const client = await createAccountsRepository(test.runtime.database.db).insertClient({ email: 'r4@example.com' });
      google.calendars.set('primary', {
        summary: 'Work',
        timeZone: 'Europe/Paris',
        events: new Map([
          [
            'e1',
            {
              id: 'e1',
              summary: 'Busy',
              start: { dateTime: '2026-03-03T09:00:00Z' },
              end: { dateTime: '2026-03-03T10:00:00Z' },
            },
          ],
        ]),
      });
      const connection = await first.repository.insertConnection({
        clientId: client.id,
        provider: 'google',
        accountEmail: 'r4@example.com',
      });
      await first.tokens.storeGrant(connection, {
        accessToken: 'at-expired',
        refreshToken: 'rt-r4',
        expiresInSeconds: 60,
        scopes: undefined,
      });
      await first.repository.insertCalendars([
        { clientId: client.id, connectionId: connection.id, externalId: 'primary', name: 'Work' },
      ]);
      google.tokens.rotateRefreshTokens = true;

      const calls = Array.from({ length: 50 }, (_, index) =>
        (index % 2 === 0 ? first : second).service.listBusyIntervals(
          client.id,
          at('2026-03-03T00:00:00Z'),
          at('2026-03-04T00:00:00Z'),
        ),
      );
      const results = await Promise.all(calls);

      expect(google.tokens.refreshCalls).toBe(1);
      expect(results.every((busy) => busy.length === 1)).toBe(true);
      const row = await first.repository.findConnection(client.id, connection.id);
      expect(row?.status).toBe('active');
      // The rotated refresh token was persisted (sealed) and the new access token is in use.
      const bearer = new Set(google.apiRequests().map((r) => r.headers.authorization));
      expect(bearer.size).toBe(1);
      expect([...bearer][0]).not.toBe('Bearer at-expired');
      expect(row?.refreshTokenCiphertext).not.toContain('rt-');
    });
  },
);
