/**
 * Privacy tables (privacy_requests, data_exports) and the writes rectification and erasure make to
 * the data they are about. Queries are scoped by client id (tenant isolation).
 *
 * `createSubjectRepository` reads and erases everything held about a data subject, table by table,
 * as the PII registry says: its queries are generic over the registry's tables, so a table added to
 * the schema and the registry is exported and erased without new code. Rows are read as
 * `to_jsonb(row)`, which both drivers (postgres-js and PGlite) return as the same plain JSON.
 */
import {
  and,
  desc,
  eq,
  getTableColumns,
  getTableName,
  gt,
  inArray,
  is,
  isNull,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import * as schema from '../db/schema.js';
import {
  bookings,
  clients,
  contacts,
  dataExports,
  outboxEmails,
  privacyRequests,
  proposals,
  sessions,
} from '../db/schema.js';
import type { TableEntry } from './pii-registry.js';

export type Client = typeof clients.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type Booking = typeof bookings.$inferSelect;
export type Proposal = typeof proposals.$inferSelect;
export type PrivacyRequest = typeof privacyRequests.$inferSelect;
export type DataExport = typeof dataExports.$inferSelect;
export type NewOutboxEmail = typeof outboxEmails.$inferInsert;

/** Data access for the privacy domain. */
export function createPrivacyRepository(db: Database) {
  return {
    async findClient(clientId: string): Promise<Client | undefined> {
      const [row] = await db.select().from(clients).where(eq(clients.id, clientId));
      return row;
    },
    async updateClient(clientId: string, values: Partial<typeof clients.$inferInsert>): Promise<Client | undefined> {
      const [row] = await db.update(clients).set(values).where(eq(clients.id, clientId)).returning();
      return row;
    },
    /** Clients whose erasure grace period started at or before `requestedBeforeMs`. */
    async listClientsDueForErasure(requestedBeforeMs: number): Promise<string[]> {
      const rows = await db
        .select({ id: clients.id })
        .from(clients)
        .where(
          and(eq(clients.status, 'pending_deletion'), lte(clients.deletionRequestedAt, new Date(requestedBeforeMs))),
        );
      return rows.map((row) => row.id);
    },
    async deleteClient(clientId: string): Promise<void> {
      await db.delete(clients).where(eq(clients.id, clientId));
    },
    async revokeSessions(clientId: string, nowMs: number): Promise<void> {
      await db
        .update(sessions)
        .set({ revokedAt: new Date(nowMs) })
        .where(and(eq(sessions.clientId, clientId), isNull(sessions.revokedAt)));
    },
    async findContact(clientId: string, contactId: string): Promise<Contact | undefined> {
      const [row] = await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)));
      return row;
    },
    async listContacts(clientId: string): Promise<Contact[]> {
      return db.select().from(contacts).where(eq(contacts.clientId, clientId)).orderBy(contacts.createdAt);
    },
    /** Contacts of every client with this address (case-insensitive): the controllers of a requester. */
    async listContactsByEmail(email: string): Promise<Contact[]> {
      return db
        .select()
        .from(contacts)
        .where(sql`lower(${contacts.email}) = ${email.trim().toLowerCase()}`);
    },
    async updateContact(
      clientId: string,
      contactId: string,
      values: Partial<typeof contacts.$inferInsert>,
    ): Promise<Contact | undefined> {
      const [row] = await db
        .update(contacts)
        .set(values)
        .where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)))
        .returning();
      return row;
    },
    async deleteContact(clientId: string, contactId: string): Promise<void> {
      await db.delete(contacts).where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)));
    },
    async listBookings(clientId: string, contactId?: string): Promise<Booking[]> {
      return db
        .select()
        .from(bookings)
        .where(
          and(eq(bookings.clientId, clientId), contactId === undefined ? undefined : eq(bookings.contactId, contactId)),
        )
        .orderBy(bookings.startsAt);
    },
    /** Confirmed bookings with the contact that have not started at `nowMs`. */
    async listFutureBookings(clientId: string, contactId: string, nowMs: number): Promise<Booking[]> {
      return db
        .select()
        .from(bookings)
        .where(
          and(
            eq(bookings.clientId, clientId),
            eq(bookings.contactId, contactId),
            eq(bookings.status, 'confirmed'),
            gt(bookings.startsAt, new Date(nowMs)),
          ),
        );
    },
    /** Empties what a contact entered in the booking form (their erasure). */
    async updateBookingContactData(bookingId: string): Promise<void> {
      await db.update(bookings).set({ formAnswers: {}, contactTimeZone: null }).where(eq(bookings.id, bookingId));
    },
    async findBooking(bookingId: string): Promise<Booking | undefined> {
      const [row] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
      return row;
    },
    async cancelBookings(bookingIds: string[], nowMs: number): Promise<void> {
      if (bookingIds.length === 0) return;
      await db
        .update(bookings)
        .set({ status: 'cancelled', sequence: sql`${bookings.sequence} + 1`, updatedAt: new Date(nowMs) })
        .where(inArray(bookings.id, bookingIds));
    },
    async listProposals(clientId: string): Promise<Proposal[]> {
      return db
        .select()
        .from(proposals)
        .where(eq(proposals.clientId, clientId))
        .orderBy(proposals.requestId, proposals.rank);
    },
    /** Marks the booking's calendar event as behind (the booking domain's sync job rewrites it). */
    async bumpBookingSequence(bookingId: string): Promise<void> {
      await db
        .update(bookings)
        .set({ sequence: sql`${bookings.sequence} + 1` })
        .where(eq(bookings.id, bookingId));
    },
    /** Deletes emails to `email` that belong to the client or to no client (e.g. privacy confirmations). */
    async deleteEmailsTo(clientId: string, email: string): Promise<number> {
      const rows = await db
        .delete(outboxEmails)
        .where(
          and(
            or(eq(outboxEmails.clientId, clientId), isNull(outboxEmails.clientId)),
            sql`exists (select 1 from unnest(${outboxEmails.toAddresses}) address where lower(address) = ${email.trim().toLowerCase()})`,
          ),
        )
        .returning({ id: outboxEmails.id });
      return rows.length;
    },
    async insertEmail(values: NewOutboxEmail): Promise<void> {
      await db.insert(outboxEmails).values(values).onConflictDoNothing();
    },
    async insertPrivacyRequest(values: typeof privacyRequests.$inferInsert): Promise<PrivacyRequest> {
      const [row] = await db.insert(privacyRequests).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findPrivacyRequest(requestId: string): Promise<PrivacyRequest | undefined> {
      const [row] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, requestId));
      return row;
    },
    async updatePrivacyRequest(
      requestId: string,
      values: Partial<typeof privacyRequests.$inferInsert>,
    ): Promise<PrivacyRequest | undefined> {
      const [row] = await db.update(privacyRequests).set(values).where(eq(privacyRequests.id, requestId)).returning();
      return row;
    },
    async listPrivacyRequests(options: {
      clientId?: string;
      status?: string;
      routedOnly?: boolean;
      limit: number;
    }): Promise<PrivacyRequest[]> {
      return db
        .select()
        .from(privacyRequests)
        .where(
          and(
            options.clientId === undefined ? undefined : eq(privacyRequests.clientId, options.clientId),
            options.status === undefined ? undefined : eq(privacyRequests.status, options.status),
            options.routedOnly === true ? sql`${privacyRequests.clientId} is not null` : undefined,
          ),
        )
        .orderBy(desc(privacyRequests.createdAt))
        .limit(options.limit);
    },
    /** Closes the open routed requests about a contact (after the client acted on them). */
    async closeRequestsAboutContact({
      clientId,
      contactId,
      kinds,
      nowMs,
    }: {
      clientId: string;
      contactId: string;
      kinds: string[];
      nowMs: number;
    }): Promise<void> {
      await db
        .update(privacyRequests)
        .set({ status: 'completed', closedAt: new Date(nowMs), updatedAt: new Date(nowMs) })
        .where(
          and(
            eq(privacyRequests.clientId, clientId),
            eq(privacyRequests.contactId, contactId),
            eq(privacyRequests.status, 'pending'),
            inArray(privacyRequests.kind, kinds),
          ),
        );
    },
    async insertExport(values: typeof dataExports.$inferInsert): Promise<DataExport> {
      const [row] = await db.insert(dataExports).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findExport(exportId: string): Promise<DataExport | undefined> {
      const [row] = await db.select().from(dataExports).where(eq(dataExports.id, exportId));
      return row;
    },
    async updateExport(exportId: string, values: Partial<typeof dataExports.$inferInsert>): Promise<void> {
      await db.update(dataExports).set(values).where(eq(dataExports.id, exportId));
    },
    async deleteExports(clientId: string): Promise<void> {
      await db.delete(dataExports).where(eq(dataExports.clientId, clientId));
    },
  };
}

/** The privacy repository's interface. */
export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;

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
    const table = sql.identifier(entry.tableName);
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
    async scrubRows(
      entry: TableEntry,
      options: { clientId: string; columns: string[]; matching: readonly string[]; scrub: (value: unknown) => unknown },
    ): Promise<number> {
      const columns = columnsOf(entry);
      const primaryKey = Object.entries(columns).find(([, column]) => column.primary)?.[0];
      if (primaryKey === undefined || !('clientId' in columns) || options.matching.length === 0) return 0;
      const table = sql.identifier(entry.tableName);
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
        await db.execute(
          sql`update ${table} set ${sql.join(assignments, sql`, `)} where ${sql.identifier(pk)} = ${row[pk] as string}`,
        );
        changed += 1;
      }
      return changed;
    },
    /** Deletes queued and archived jobs whose data mentions any needle (pg-boss keeps job data in clear). */
    async deleteJobsMentioning(needles: readonly string[]): Promise<number> {
      if (needles.length === 0) return 0;
      let deleted = 0;
      for (const tableName of ['job', 'archive']) {
        const present = rowsOf<{ present: boolean }>(
          await db.execute(sql`select to_regclass(${`pgboss.${tableName}`}) is not null as present`),
        );
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

const TABLES_BY_NAME = new Map<string, PgTable>(
  Object.values(schema as Record<string, unknown>)
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => [getTableName(table), table]),
);

/** The Drizzle columns (by schema key) of a registry entry's table. */
function columnsOf(entry: TableEntry): Record<string, PgColumn> {
  const table = TABLES_BY_NAME.get(entry.tableName);
  if (table === undefined) throw new RangeError(`registry table ${entry.tableName} is not in the schema`);
  return getTableColumns(table) as Record<string, PgColumn>;
}

/** The WHERE clause selecting `entry`'s rows about `scope`, or undefined when none can be. */
function scopeCondition(entry: TableEntry, scope: SubjectScope): SQL | undefined {
  const columns = columnsOf(entry);
  if (!('contactId' in scope)) {
    if (entry.exportScope === 'id') return sql`t.id = ${scope.clientId}`;
    if (entry.exportScope === 'subject_id') return sql`t.subject_id = ${scope.clientId}`;
    if (entry.exportScope === 'client_id') return sql`t.client_id = ${scope.clientId}`;
    return undefined;
  }
  // One contact: the client's rows that point at the contact or mention one of their values.
  if (entry.exportScope !== 'client_id' || entry.tableName === 'data_exports') return undefined;
  const aboutContact: SQL[] = [containsAny(sql`t`, scope.needles)];
  if (entry.tableName === 'contacts') aboutContact.push(sql`t.id = ${scope.contactId}`);
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

/** Rows of `db.execute` on either driver (postgres-js returns an array, PGlite `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
