/**
 * Calendar connections, calendars and built-in events. Every query that a client can reach is scoped
 * by `clientId` (S5, C15): a foreign id simply finds nothing.
 */
import { and, asc, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { builtinEvents, calendarConnections, calendars } from '../db/schema.js';

export type CalendarConnection = typeof calendarConnections.$inferSelect;
export type NewCalendarConnection = typeof calendarConnections.$inferInsert;
export type CalendarRow = typeof calendars.$inferSelect;
export type BuiltinEvent = typeof builtinEvents.$inferSelect;
export type NewBuiltinEvent = typeof builtinEvents.$inferInsert;

/** The columns a token refresh or a key rotation rewrites. */
export interface ConnectionTokens {
  readonly accessTokenCiphertext: string | null;
  readonly refreshTokenCiphertext: string | null;
  readonly tokenKeyId: string | null;
  readonly accessTokenExpiresAt?: Date | null;
  readonly scopes?: string[];
  readonly status?: string;
}

type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/** Data access for the calendars domain; `transaction` runs several queries atomically. */
export function createCalendarsRepository(db: Database) {
  return {
    ...createCalendarQueries(db),
    /** Runs `work` in one transaction with queries bound to it. */
    async transaction<T>(work: (queries: CalendarQueries) => Promise<T>): Promise<T> {
      return db.transaction(async (tx) => work(createCalendarQueries(tx)));
    },
  };
}

function createCalendarQueries(q: Executor) {
  return {
    async listConnections(clientId: string): Promise<CalendarConnection[]> {
      return q
        .select()
        .from(calendarConnections)
        .where(eq(calendarConnections.clientId, clientId))
        .orderBy(asc(calendarConnections.createdAt));
    },
    async findConnection(clientId: string, connectionId: string): Promise<CalendarConnection | undefined> {
      const [row] = await q
        .select()
        .from(calendarConnections)
        .where(and(eq(calendarConnections.id, connectionId), eq(calendarConnections.clientId, clientId)));
      return row;
    },
    async insertConnection(values: NewCalendarConnection): Promise<CalendarConnection> {
      const [row] = await q.insert(calendarConnections).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async updateConnectionTokens(connectionId: string, tokens: ConnectionTokens, nowMs: number): Promise<void> {
      await q
        .update(calendarConnections)
        .set({ ...tokens, updatedAt: new Date(nowMs) })
        .where(eq(calendarConnections.id, connectionId));
    },
    /** Sets a connection's status (`needs_reconnect` when its provider refuses our credentials). */
    async updateConnectionStatus(connectionId: string, status: string, nowMs: number): Promise<void> {
      await q
        .update(calendarConnections)
        .set({ status, updatedAt: new Date(nowMs) })
        .where(eq(calendarConnections.id, connectionId));
    },
    async deleteConnection(clientId: string, connectionId: string): Promise<boolean> {
      const rows = await q
        .delete(calendarConnections)
        .where(and(eq(calendarConnections.id, connectionId), eq(calendarConnections.clientId, clientId)))
        .returning({ id: calendarConnections.id });
      return rows.length > 0;
    },
    /** Locks the connection row until the surrounding transaction ends (cross-process single flight). */
    async lockConnection(connectionId: string): Promise<CalendarConnection | undefined> {
      const [row] = await q
        .select()
        .from(calendarConnections)
        .where(eq(calendarConnections.id, connectionId))
        .for('update');
      return row;
    },
    /** A page of connections with tokens, ordered by id, for key rotation. */
    async listConnectionsWithTokensAfter(afterId: string | null, limit: number): Promise<CalendarConnection[]> {
      const hasTokens = sql`(${calendarConnections.accessTokenCiphertext} is not null or ${calendarConnections.refreshTokenCiphertext} is not null)`;
      return q
        .select()
        .from(calendarConnections)
        .where(afterId === null ? hasTokens : and(hasTokens, gt(calendarConnections.id, afterId)))
        .orderBy(asc(calendarConnections.id))
        .limit(limit)
        .for('update');
    },
    /** Rewrites the ciphertexts of many rows in one statement (key rotation). */
    async updateCiphertexts(
      rows: readonly { id: string; access: string | null; refresh: string | null; keyId: string }[],
    ): Promise<void> {
      if (rows.length === 0) return;
      const values = sql.join(
        rows.map((row) => sql`(${row.id}::uuid, ${row.access}::text, ${row.refresh}::text, ${row.keyId}::text)`),
        sql`, `,
      );
      await q.execute(sql`update calendar_connections as c
        set access_token_ciphertext = v.access, refresh_token_ciphertext = v.refresh, token_key_id = v.key_id
        from (values ${values}) as v(id, access, refresh, key_id) where c.id = v.id`);
    },
    async countConnectionsNotUnderKey(keyId: string): Promise<number> {
      const [row] = await q
        .select({ count: sql<number>`count(*)::int` })
        .from(calendarConnections)
        .where(and(sql`${calendarConnections.tokenKeyId} is not null`, ne(calendarConnections.tokenKeyId, keyId)));
      return row?.count ?? 0;
    },
    async listCalendars(clientId: string): Promise<CalendarRow[]> {
      return q
        .select()
        .from(calendars)
        .where(eq(calendars.clientId, clientId))
        .orderBy(asc(calendars.createdAt), asc(calendars.name));
    },
    async findCalendar(clientId: string, calendarId: string): Promise<CalendarRow | undefined> {
      const [row] = await q
        .select()
        .from(calendars)
        .where(and(eq(calendars.id, calendarId), eq(calendars.clientId, clientId)));
      return row;
    },
    async updateCalendar(
      clientId: string,
      calendarId: string,
      patch: { blocksAvailability?: boolean; receivesNewMeetings?: boolean },
    ): Promise<CalendarRow | undefined> {
      const [row] = await q
        .update(calendars)
        .set(patch)
        .where(and(eq(calendars.id, calendarId), eq(calendars.clientId, clientId)))
        .returning();
      return row;
    },
    /** Clears the "receives new meetings" flag on every calendar of the client but `keepId`. */
    async clearReceivesNewMeetings(clientId: string, keepId: string): Promise<void> {
      await q
        .update(calendars)
        .set({ receivesNewMeetings: false })
        .where(and(eq(calendars.clientId, clientId), ne(calendars.id, keepId)));
    },
    async insertCalendars(rows: (typeof calendars.$inferInsert)[]): Promise<void> {
      if (rows.length === 0) return;
      await q
        .insert(calendars)
        .values(rows)
        .onConflictDoNothing({ target: [calendars.connectionId, calendars.externalId] });
    },
    async listBuiltinEvents(calendarId: string, fromMs: number, toMs: number): Promise<BuiltinEvent[]> {
      return q
        .select()
        .from(builtinEvents)
        .where(
          and(
            eq(builtinEvents.calendarId, calendarId),
            isNull(builtinEvents.cancelledAt),
            lt(builtinEvents.startsAt, new Date(toMs)),
            gt(builtinEvents.endsAt, new Date(fromMs)),
          ),
        )
        .orderBy(asc(builtinEvents.startsAt));
    },
    async listBuiltinEventsOfCalendars(calendarIds: string[], fromMs: number, toMs: number): Promise<BuiltinEvent[]> {
      if (calendarIds.length === 0) return [];
      return q
        .select()
        .from(builtinEvents)
        .where(
          and(
            inArray(builtinEvents.calendarId, calendarIds),
            lt(builtinEvents.startsAt, new Date(toMs)),
            gt(builtinEvents.endsAt, new Date(fromMs)),
          ),
        )
        .orderBy(asc(builtinEvents.startsAt));
    },
    async findBuiltinEvent(calendarId: string, uid: string): Promise<BuiltinEvent | undefined> {
      const [row] = await q
        .select()
        .from(builtinEvents)
        .where(and(eq(builtinEvents.calendarId, calendarId), eq(builtinEvents.uid, uid)));
      return row;
    },
    /** Inserts unless an event with this UID exists on the calendar; returns the stored event. */
    async insertBuiltinEvent(values: NewBuiltinEvent): Promise<BuiltinEvent> {
      await q
        .insert(builtinEvents)
        .values(values)
        .onConflictDoNothing({ target: [builtinEvents.calendarId, builtinEvents.uid] });
      const [row] = await q
        .select()
        .from(builtinEvents)
        .where(and(eq(builtinEvents.calendarId, values.calendarId), eq(builtinEvents.uid, values.uid)));
      if (row === undefined) throw new Error('built-in event vanished after insert');
      return row;
    },
    async updateBuiltinEvent(
      calendarId: string,
      uid: string,
      patch: Partial<Omit<NewBuiltinEvent, 'id' | 'clientId' | 'calendarId' | 'uid'>>,
    ): Promise<BuiltinEvent | undefined> {
      const [row] = await q
        .update(builtinEvents)
        .set({ ...patch, sequence: sql`${builtinEvents.sequence} + 1` })
        .where(and(eq(builtinEvents.calendarId, calendarId), eq(builtinEvents.uid, uid)))
        .returning();
      return row;
    },
  };
}

/** The queries of the calendars domain (outside or inside a transaction). */
export type CalendarQueries = ReturnType<typeof createCalendarQueries>;
/** The calendars repository's interface. */
export type CalendarsRepository = ReturnType<typeof createCalendarsRepository>;
