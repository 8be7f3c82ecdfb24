import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '@slash/api/app';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { ACCESS_TOKEN_FIELD, REFRESH_TOKEN_FIELD } from '@slash/api/calendars/connection-tokens';
import { rotateTokenKeys } from '@slash/api/calendars/rotate-token-keys';
import { createCalendarsDomain } from '@slash/api/calendars/wiring';
import { calendarConnections } from '@slash/api/db/schema';
import { createTokenVault, MissingEncryptionKeyError, VaultDecryptionError } from '@slash/api/vault/token-vault';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { createTestRuntime } from '../../support/test-database.js';

const newKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('token vault (C9)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(async () => test.close());

  const ctx = (connectionId: string, field = ACCESS_TOKEN_FIELD) => ({ clientId: 'c1', connectionId, field });

  it('opens what it sealed, under the AAD it was sealed with', () => {
    const vault = createTokenVault(newKey('k1'));
    const sealed = vault.seal('ya29.secret', ctx('a'));
    expect(sealed).not.toContain('ya29');
    expect(vault.open(sealed, ctx('a'))).toBe('ya29.secret');
    expect(vault.keyIdOf(sealed)).toBe('k1');
  });

  it('C9b: swapping ciphertexts between two connections, or between columns, fails decryption', () => {
    const vault = createTokenVault(newKey('k1'));
    const a = vault.seal('token-a', ctx('conn-a'));
    const b = vault.seal('token-b', ctx('conn-b'));
    expect(() => vault.open(b, ctx('conn-a'))).toThrow(VaultDecryptionError);
    expect(() => vault.open(a, ctx('conn-b'))).toThrow(VaultDecryptionError);
    expect(() => vault.open(a, ctx('conn-a', REFRESH_TOKEN_FIELD))).toThrow(VaultDecryptionError);
    expect(() => vault.open(a, { ...ctx('conn-a'), clientId: 'c2' })).toThrow(VaultDecryptionError);
  });

  it('C9c: flipping any single byte of the ciphertext fails decryption', () => {
    const vault = createTokenVault(newKey('k1'));
    const sealed = vault.seal('refresh-token-value', ctx('a'));
    const [version, keyId, iv, tag, body] = sealed.split('.') as [string, string, string, string, string];
    for (const part of ['iv', 'tag', 'body'] as const) {
      const raw = Buffer.from({ iv, tag, body }[part], 'base64url');
      raw[0] = raw[0]! ^ 0x01;
      const parts = { iv, tag, body, [part]: raw.toString('base64url') };
      expect(() => vault.open([version, keyId, parts.iv, parts.tag, parts.body].join('.'), ctx('a'))).toThrow(
        VaultDecryptionError,
      );
    }
  });

  it('C9d: start-up without the key fails', async () => {
    expect(() => createTokenVault(undefined)).toThrow(MissingEncryptionKeyError);
    const runtime = await createTestRuntime();
    try {
      await expect(
        buildApp({
          config: { ...test.config, encryptionKeys: undefined },
          database: runtime.database,
          jobs: runtime.jobs,
          clock: test.clock,
        }),
      ).rejects.toThrow(/ENCRYPTION_KEYS/);
    } finally {
      await runtime.dispose();
    }
  });

  it('C9a: a dump of every text and jsonb column holds no plaintext token', async () => {
    const domain = createCalendarsDomain({ config: test.config, db: test.runtime.database.db, clock: test.clock });
    const client = await createAccountsRepository(test.runtime.database.db).insertClient({ email: 'dump@example.com' });
    const connection = await domain.repository.insertConnection({
      clientId: client.id,
      provider: 'google',
      accountEmail: 'dump@example.com',
    });
    const canaryAccess = `ya29.CANARY${randomBytes(8).toString('hex')}`;
    const canaryRefresh = `1//CANARY${randomBytes(8).toString('hex')}`;
    await domain.tokens.storeGrant(connection, {
      accessToken: canaryAccess,
      refreshToken: canaryRefresh,
      expiresInSeconds: 3600,
      scopes: undefined,
    });
    await domain.tokens.storeSecret(
      await domain.repository.insertConnection({ clientId: client.id, provider: 'caldav', accountEmail: 'dav' }),
      JSON.stringify({ username: 'dav', password: 'CANARYPASSWORD123' }),
    );
    const columns = await test.runtime.database.executeSql(
      `select table_schema, table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    let dump = '';
    for (const column of columns.rows) {
      const result = await test.runtime.database.executeSql(
        `select "${String(column.column_name)}"::text as v from "${String(column.table_schema)}"."${String(column.table_name)}"`,
      );
      dump += result.rows.map((row) => String(row.v)).join('\n');
    }
    expect(dump.length).toBeGreaterThan(0);
    expect(dump).toContain('dump@example.com');
    expect(dump).toContain(`v1.${domain.vault.currentKeyId}.`);
    for (const canary of [canaryAccess, canaryRefresh, 'CANARYPASSWORD123', 'CANARY'])
      expect(dump).not.toContain(canary);
  });

  it('C9e: rotating keys over 10,000 rows loses none', async () => {
    const oldKey = newKey('old');
    const nextKey = newKey('new');
    const oldVault = createTokenVault(oldKey);
    const client = await createAccountsRepository(test.runtime.database.db).insertClient({
      email: 'rotate@example.com',
    });
    const rows = Array.from({ length: 10_000 }, (_, index) => {
      const id = randomUUID();
      const c = (field: string) => ({ clientId: client.id, connectionId: id, field });
      return {
        id,
        clientId: client.id,
        provider: 'google',
        accountEmail: `r${index}@example.com`,
        accessTokenCiphertext: oldVault.seal(`access-${index}`, c(ACCESS_TOKEN_FIELD)),
        refreshTokenCiphertext: index % 3 === 0 ? null : oldVault.seal(`refresh-${index}`, c(REFRESH_TOKEN_FIELD)),
        tokenKeyId: 'old',
      };
    });
    for (let i = 0; i < rows.length; i += 1000)
      await test.runtime.database.db.insert(calendarConnections).values(rows.slice(i, i + 1000));
    // Other tests' rows are under the test app's key; the rotating deployment knows all keys.
    const rotating = createTokenVault(`${nextKey},${oldKey},${test.config.encryptionKeys ?? ''}`);
    const domain = createCalendarsDomain({ config: test.config, db: test.runtime.database.db, clock: test.clock });
    const report = await rotateTokenKeys({ repository: domain.repository, vault: rotating, batchSize: 700 });
    expect(report.remaining).toBe(0);
    expect(report.rotated).toBeGreaterThanOrEqual(10_000);

    const newOnly = createTokenVault(nextKey);
    const stored = await test.runtime.database.db
      .select()
      .from(calendarConnections)
      .where(sql`${calendarConnections.clientId} = ${client.id}`);
    expect(stored).toHaveLength(10_000);
    const byId = new Map<string, number>(rows.map((row, index) => [row.id, index]));
    let opened = 0;
    for (const row of stored) {
      const index = byId.get(row.id)!;
      const c = (field: string) => ({ clientId: client.id, connectionId: row.id, field });
      expect(row.tokenKeyId).toBe('new');
      expect(newOnly.open(row.accessTokenCiphertext!, c(ACCESS_TOKEN_FIELD))).toBe(`access-${index}`);
      if (index % 3 === 0) expect(row.refreshTokenCiphertext).toBeNull();
      else expect(newOnly.open(row.refreshTokenCiphertext!, c(REFRESH_TOKEN_FIELD))).toBe(`refresh-${index}`);
      opened += 1;
    }
    expect(opened).toBe(10_000);
    // A second run has nothing left to do.
    expect((await rotateTokenKeys({ repository: domain.repository, vault: rotating })).rotated).toBe(0);
  });
});
