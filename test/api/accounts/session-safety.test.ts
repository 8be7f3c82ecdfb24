/**
 * Sign-in sessions end after an idle period (SECURITY.md C11), and a state-changing request that
 * another site makes with the session cookie is refused (C12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { SESSION_COOKIE, createSessionService } from '@slash/api/accounts/session-service';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const HOUR_MS = 3_600_000;

let test: TestApp;
let openSession: (kind?: 'web' | 'addin') => Promise<string>;

beforeAll(async () => {
  test = await createTestApp({ config: { sessionIdleHours: 2, publicBaseUrl: 'https://slash.test' } });
  const accounts = createAccountsRepository(test.runtime.database.db);
  const client = await accounts.insertClient({
    email: 'idle@client.example',
    name: 'Idle Client',
    timeZone: 'Europe/Paris',
    language: 'en',
  });
  const sessions = createSessionService({ accounts, clock: test.clock });
  openSession = async (kind = 'web') => (await sessions.open(client.id, kind)).token;
});
afterAll(async () => test?.close());

const withCookie = (token: string) => ({ cookies: { [SESSION_COOKIE]: token } });
const connections = (token: string) =>
  test.app.inject({ method: 'GET', url: '/v1/connections', ...withCookie(token) }).then((r) => r.statusCode);

describe('C11: idle timeout', () => {
  it('keeps a session alive while it is used and ends it after the idle limit, for cookies and bearers', async () => {
    const token = await openSession();
    expect(await connections(token)).toBe(200);
    for (let step = 0; step < 4; step += 1) {
      test.clock.advance(1.5 * HOUR_MS); // 6 hours in all, never 2 idle
      expect(await connections(token)).toBe(200);
    }
    test.clock.advance(2 * HOUR_MS + 60_000);
    expect(await connections(token)).toBe(401);

    const bearer = await openSession('addin');
    const viaBearer = () =>
      test.app
        .inject({ method: 'GET', url: '/v1/connections', headers: { authorization: `Bearer ${bearer}` } })
        .then((r) => r.statusCode);
    expect(await viaBearer()).toBe(200);
    test.clock.advance(2 * HOUR_MS + 60_000);
    expect(await viaBearer()).toBe(401);
  });
});

describe('C12: cross-site changes with the cookie', () => {
  const putPreferences = (token: string, headers: Record<string, string>, bufferMinutes: number) =>
    test.app.inject({
      method: 'PUT',
      url: '/v1/me/preferences',
      headers: { host: 'slash.test', ...headers },
      ...withCookie(token),
      payload: { meetingTypes: { call: { bufferAfterMinutes: bufferMinutes } } },
    });
  const buffer = async (token: string) =>
    (await test.app.inject({ method: 'GET', url: '/v1/me/preferences', ...withCookie(token) })).json().meetingTypes.call
      .bufferAfterMinutes as number;

  it('refuses Sec-Fetch-Site cross-site and a foreign Origin with a 403 problem, changing nothing', async () => {
    const token = await openSession();
    const before = await buffer(token);
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
    ]) {
      const refused = await putPreferences(token, headers, before + 5);
      expect(refused.statusCode, JSON.stringify(headers)).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(await buffer(token)).toBe(before);
    }
    const logout = await test.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      headers: { origin: 'https://evil.example', host: 'slash.test' },
      ...withCookie(token),
    });
    expect(logout.statusCode).toBe(403);
    expect(await connections(token)).toBe(200);
  });

  it('accepts the same request from our own pages, and a bearer token whatever the Origin', async () => {
    const token = await openSession();
    const before = await buffer(token);
    expect((await putPreferences(token, { 'sec-fetch-site': 'same-origin' }, before + 5)).statusCode).toBe(200);
    expect((await putPreferences(token, { origin: 'https://slash.test' }, before + 10)).statusCode).toBe(200);
    expect(await buffer(token)).toBe(before + 10);
    const bearer = await openSession('addin');
    const viaBearer = await test.app.inject({
      method: 'PUT',
      url: '/v1/me/preferences',
      headers: { authorization: `Bearer ${bearer}`, 'sec-fetch-site': 'cross-site' },
      payload: { meetingTypes: { call: { bufferAfterMinutes: before } } },
    });
    expect(viaBearer.statusCode, viaBearer.body).toBe(200);
  });
});
