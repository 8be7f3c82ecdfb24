/**
 * Reads and erases everything held about a data subject, table by table, as the PII registry says.
 * Queries are generic over the registry's tables, so a table added to the schema and registry is
 * exported and erased without new code. Rows are read as `to_jsonb(row)`, which both drivers
 * (postgres-js and PGlite) return as the same plain JSON.
 */
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { rowsOf } from '../support/repository.js';
import type { TableEntry } from './pii-registry.js';

/** A row as JSON, keyed by database (snake_case) column names. */
export type JsonRow = Record<string, unknown>;

/** Who a query is about: a client, or one contact of a client (with the values that identify them). */
export type SubjectScope = { clientId: string } | { clientId: string; contactId: string; needles: readonly string[] };

/** snake_case name of a schema key (the schema maps keys with Drizzle's snake_case casing). */
export function columnName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Data access over every registered table. */
export function createSubjectRepository(db: Database) {
  /** Rows of `entry` about `scope` (see `scopeCondition`). */
  async function listRows(entry: TableEntry, scope: SubjectScope): Promise<JsonRow[]> {
    const condition = scopeCondition(entry, scope);
    if (condition === undefined) return [];
    const table = sql.identifier(getTableName(entry.table));
    const result = await db.execute(sql`select to_jsonb(t) as row from ${table} t where ${condition}`);
    return rowsOf<{ row: JsonRow }>(result).map(({ row }) => row);
  }

  return {
    listRows,
    async countRows(entry: TableEntry, scope: SubjectScope): Promise<number> {
      return (await listRows(entry, scope)).length;
    },
    /**
     * Runs `scrub` over the scrubbed columns of the client's rows of `entry` that contain any of
     * the `matching` values; returns how many rows changed.
     */
    async scrubRows(entry: TableEntry, options: { clientId: string; columns: string[]; matching: readonly string[]; scrub: (value: unknown) => unknown }): Promise<number> {
      const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
      const primaryKey = Object.entries(columns).find(([, column]) => column.primary)?.[0];
      if (primaryKey === undefined || !('clientId' in columns) || options.matching.length === 0) return 0;
      const table = sql.identifier(getTableName(entry.table));
      const result = await db.execute(
        sql`select to_jsonb(t) as row from ${table} t where t.client_id = ${options.clientId} and (${containsAny(sql`t`, options.matching)})`,
      );
      let changed = 0;
      for (const { row } of rowsOf<{ row: JsonRow }>(result)) {
        const assignments: SQL[] = [];
        for (const key of options.columns) {
          const name = columnName(key);
          const before = row[name];
          if (before === null || before === undefined) continue;
          const after = options.scrub(before);
          if (JSON.stringify(after) === JSON.stringify(before)) continue;
          assignments.push(sql`${sql.identifier(name)} = ${assignValue(columns[key], after)}`);
        }
        if (assignments.length === 0) continue;
        const pk = columnName(primaryKey);
        await db.execute(sql`update ${table} set ${sql.join(assignments, sql`, `)} where ${sql.identifier(pk)} = ${row[pk] as string}`);
        changed += 1;
      }
      return changed;
    },
    /** Deletes queued and archived jobs whose data mentions any needle (pg-boss keeps job data in clear). */
    async deleteJobsMentioning(needles: readonly string[]): Promise<number> {
      if (needles.length === 0) return 0;
      let deleted = 0;
      for (const tableName of ['job', 'archive']) {
        const present = rowsOf<{ present: boolean }>(await db.execute(sql`select to_regclass(${`pgboss.${tableName}`}) is not null as present`));
        if (present[0]?.present !== true) continue;
        const table = sql`${sql.identifier('pgboss')}.${sql.identifier(tableName)}`;
        const result = await db.execute(
          sql`delete from ${table} t where ${containsAny(sql`coalesce(t.data::text, '') || ' ' || coalesce(t.output::text, '')`, needles, true)} returning 1 as deleted`,
        );
        deleted += rowsOf(result).length;
      }
      return deleted;
    },
  };
}

/** The subject repository's interface. */
export type SubjectRepository = ReturnType<typeof createSubjectRepository>;

/** The WHERE clause selecting `entry`'s rows about `scope`, or undefined when none can be. */
function scopeCondition(entry: TableEntry, scope: SubjectScope): SQL | undefined {
  const columns = getTableColumns(entry.table) as Record<string, PgColumn>;
  if (!('contactId' in scope)) {
    if (entry.exportScope === 'id') return sql`t.id = ${scope.clientId}`;
    if (entry.exportScope === 'subject_id') return sql`t.subject_id = ${scope.clientId}`;
    if (entry.exportScope === 'client_id') return sql`t.client_id = ${scope.clientId}`;
    return undefined;
  }
  // One contact: the client's rows that point at the contact or mention one of their values.
  if (entry.exportScope !== 'client_id' || getTableName(entry.table) === 'data_exports') return undefined;
  const aboutContact: SQL[] = [containsAny(sql`t`, scope.needles)];
  if (getTableName(entry.table) === 'contacts') aboutContact.push(sql`t.id = ${scope.contactId}`);
  if ('contactId' in columns) aboutContact.push(sql`t.contact_id = ${scope.contactId}`);
  return sql`t.client_id = ${scope.clientId} and (${sql.join(aboutContact, sql` or `)})`;
}

/** True when the text of `target` (a row or an expression) contains any needle, case-insensitively. */
function containsAny(target: SQL, needles: readonly string[], isText = false): SQL {
  if (needles.length === 0) return sql`false`;
  const text = isText ? sql`lower(${target})` : sql`lower(${target}::text)`;
  return sql.join(
    needles.map((needle) => sql`position(${needle.toLowerCase()} in ${text}) > 0`),
    sql` or `,
  );
}

/** A parameter of the right SQL type for an UPDATE of `column` (jsonb, text[] or text). */
function assignValue(column: PgColumn | undefined, value: unknown): SQL {
  const type = column?.columnType;
  if (type === 'PgJsonb' || type === 'PgJson') return sql`${JSON.stringify(value)}::jsonb`;
  if (type === 'PgArray') return sql`array(select jsonb_array_elements_text(${JSON.stringify(value)}::jsonb))`;
  return sql`${String(value)}`;
}
