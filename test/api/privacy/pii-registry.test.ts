/**
 * G0: every column of every table of the schema is in the PII registry (a new column without an
 * entry fails here), the registry names no column that does not exist, and every table of the
 * migrated database is a schema table (nothing created by hand-written SQL escapes the registry).
 */
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@slash/api/db/schema';
import { PII_REGISTRY } from '@slash/api/privacy/pii-registry';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { query } from './privacy-fixtures.js';

const schemaTables = Object.entries(schema as Record<string, unknown>).filter((entry): entry is [string, PgTable] =>
  is(entry[1], PgTable),
);

describe('PII_REGISTRY', () => {
  it('lists every table of the schema', () => {
    expect(schemaTables.map(([key]) => key).filter((key) => PII_REGISTRY[key] === undefined)).toEqual([]);
  });

  it.each(schemaTables)('lists every column of %s, and no other', (key, table) => {
    const entry = PII_REGISTRY[key];
    expect(entry?.tableName).toBe(getTableName(table));
    const columns = Object.keys(getTableColumns(table)).sort();
    expect(Object.keys(entry?.columns ?? {}).sort()).toEqual(columns);
  });

  it('keeps secrets and hashes out of exports', () => {
    for (const [key, entry] of Object.entries(PII_REGISTRY)) {
      for (const [column, spec] of Object.entries(entry.columns)) {
        if (spec.category === 'credential' || spec.category === 'hash')
          expect({ key, column, export: spec.export }).toEqual({ key, column, export: 'omit' });
      }
    }
  });

  describe('against the migrated database', () => {
    let subject: TestApp;
    beforeAll(async () => {
      subject = await createTestApp();
    });
    afterAll(async () => subject.close());

    it('has no table outside the registry', async () => {
      const rows = await query<{ table_name: string }>(
        subject,
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      const registered = new Set(Object.values(PII_REGISTRY).map((entry) => entry.tableName));
      expect(rows.map((row) => row.table_name).filter((name) => !registered.has(name))).toEqual([]);
    });
  });
});
