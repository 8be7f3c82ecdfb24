/**
 * Bookings. The database is the guard against double booking: the `bookings_no_overlap` exclusion
 * constraint (migration 0001) refuses a confirmed booking whose blocked range (buffers included)
 * meets another of the same client, whatever the number of API processes (D2, D3).
 *
 * Calendar writes follow the outbox pattern: `sequence` is the state the calendar should show,
 * `calendarSequence` what was last written; workers lease a booking (`calendarLockedUntil`, FOR
 * UPDATE SKIP LOCKED) to close the gap.
 */
import { and, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookings } from '../db/schema.js';

/** A stored booking. */
export type BookingRow = typeof bookings.$inferSelect;

/** Which blocked ranges to list: one client's, meeting `[fromMs, toMs)`, optionally minus one booking. */
export interface BlockedRangeQuery {
  readonly clientId: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly exceptBookingId?: string | undefined;
  /**
   * RFC 5545 UIDs read from calendars: the client's bookings among them are listed too, whatever
   * their status or time, so their calendar copies can be told apart from other events.
   */
  readonly calendarUids?: readonly string[] | undefined;
}

/** A booking's blocked range (buffers included) and UID; `blocks` is false for one listed only by UID. */
export interface BlockedRange {
  readonly startMs: number;
  readonly endMs: number;
  readonly uid: string;
  readonly blocks: boolean;
}

/** Data access for bookings. */
export function createBookingRepository(db: Database) {
  return {
    /**
     * Inserts a booking; rejects with the driver's error: SQLSTATE 23P01 on overlap, 23505 on a reused
     * idempotency key or a second confirmed booking of one request.
     */
    async insertBooking(values: typeof bookings.$inferInsert): Promise<BookingRow> {
      const [row] = await db.insert(bookings).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findByIdempotencyKey(clientId: string, idempotencyKey: string): Promise<BookingRow | undefined> {
      const [row] = await db
        .select()
        .from(bookings)
        .where(and(eq(bookings.clientId, clientId), eq(bookings.idempotencyKey, idempotencyKey)));
      return row;
    },
    async findByManageTokenHash(tokenHash: string): Promise<BookingRow | undefined> {
      const [row] = await db.select().from(bookings).where(eq(bookings.manageTokenHash, tokenHash));
      return row;
    },
    /** The confirmed booking of a scheduling request, if any (at most one: unique partial index). */
    async findConfirmedForRequest(clientId: string, requestId: string): Promise<BookingRow | undefined> {
      const [row] = await db
        .select()
        .from(bookings)
        .where(
          and(eq(bookings.clientId, clientId), eq(bookings.requestId, requestId), eq(bookings.status, 'confirmed')),
        );
      return row;
    },
    async findBooking(bookingId: string): Promise<BookingRow | undefined> {
      const [row] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
      return row;
    },
    /**
     * Blocked ranges of the client's confirmed bookings meeting `[fromMs, toMs)` (`blocks: true`),
     * minus `exceptBookingId`; plus, with `calendarUids`, the client's other bookings whose UID is
     * among them — cancelled, moved away, or the excepted one — with `blocks: false`.
     */
    async listBlockedRanges(query: BlockedRangeQuery): Promise<BlockedRange[]> {
      const { clientId, fromMs, toMs, exceptBookingId } = query;
      const uids = [...new Set(query.calendarUids ?? [])];
      const blocking = and(
        eq(bookings.status, 'confirmed'),
        lt(bookings.blockedFrom, new Date(toMs)),
        gt(bookings.blockedUntil, new Date(fromMs)),
        exceptBookingId === undefined ? undefined : ne(bookings.id, exceptBookingId),
      );
      const rows = await db
        .select({
          blockedFrom: bookings.blockedFrom,
          blockedUntil: bookings.blockedUntil,
          uid: bookings.icsUid,
          blocks: sql<boolean>`coalesce(${blocking}, false)`,
        })
        .from(bookings)
        .where(
          and(
            eq(bookings.clientId, clientId),
            uids.length === 0 ? blocking : or(blocking, inArray(bookings.icsUid, uids)),
          ),
        );
      return rows.map((row) => ({
        startMs: row.blockedFrom.getTime(),
        endMs: row.blockedUntil.getTime(),
        uid: row.uid,
        blocks: row.blocks === true,
      }));
    },
    /**
     * Moves or cancels a confirmed booking, bumping `sequence`; undefined when it is no longer
     * confirmed. A move onto a taken range rejects with SQLSTATE 23P01.
     */
    async updateConfirmed(
      bookingId: string,
      values: Partial<
        Pick<
          BookingRow,
          'startsAt' | 'endsAt' | 'blockedFrom' | 'blockedUntil' | 'status' | 'contactTimeZone' | 'updatedAt'
        >
      >,
    ): Promise<BookingRow | undefined> {
      const [row] = await db
        .update(bookings)
        .set({ ...values, sequence: sql`${bookings.sequence} + 1` })
        .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'confirmed')))
        .returning();
      return row;
    },
    /** Leases the next booking whose calendar is behind (or whose lease expired). */
    async claimCalendarSync(now: Date, leaseUntil: Date): Promise<BookingRow | undefined> {
      const candidate = db
        .select({ id: bookings.id })
        .from(bookings)
        .where(
          and(
            sql`${bookings.calendarSequence} is distinct from ${bookings.sequence}`,
            or(isNull(bookings.calendarLockedUntil), lt(bookings.calendarLockedUntil, now)),
          ),
        )
        .orderBy(bookings.createdAt)
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await db
        .update(bookings)
        .set({ calendarLockedUntil: leaseUntil })
        .where(inArray(bookings.id, candidate))
        .returning();
      return row;
    },
    async markCalendarSynced(bookingId: string, sequence: number, calendarEventId: string): Promise<void> {
      await db
        .update(bookings)
        .set({ calendarSequence: sequence, calendarEventId, calendarLockedUntil: null })
        .where(eq(bookings.id, bookingId));
    },
    async releaseCalendarLease(bookingId: string): Promise<void> {
      await db.update(bookings).set({ calendarLockedUntil: null }).where(eq(bookings.id, bookingId));
    },
  };
}

/** The booking repository's interface. */
export type BookingRepository = ReturnType<typeof createBookingRepository>;
