/**
 * The deletions and anonymisations of the retention purge, one statement per data kind, each
 * selecting only rows past their cutoff (so a second run finds nothing).
 */
import { and, eq, inArray, isNotNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  bookings,
  dataExports,
  emailReplies,
  inboundMessages,
  outboxEmails,
  privacyRequests,
  schedulingRequests,
  sessions,
  supportTickets,
} from '../db/schema.js';

/** Data access for retention. Cutoffs are instants: rows strictly older go. */
export function createRetentionRepository(db: Database) {
  return {
    /** Empties the email thread of requests created before `cutoff` (the request itself stays). */
    async clearThreads(cutoff: Date): Promise<number> {
      const rows = await db
        .update(schedulingRequests)
        .set({ thread: null, subject: '' })
        .where(
          and(
            lt(schedulingRequests.createdAt, cutoff),
            or(isNotNull(schedulingRequests.thread), ne(schedulingRequests.subject, '')),
          ),
        )
        .returning({ id: schedulingRequests.id });
      return rows.length;
    },
    /** Deletes delivered (or demo-kept) emails created before `cutoff`; pending ones still have to go out. */
    async deleteSentEmails(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(outboxEmails)
        .where(
          and(
            inArray(outboxEmails.status, ['sent', 'kept']),
            sql`coalesce(${outboxEmails.sentAt}, ${outboxEmails.createdAt}) < ${cutoff.toISOString()}::timestamptz`,
          ),
        )
        .returning({ id: outboxEmails.id });
      return rows.length;
    },
    /** Deletes received raw emails (and the record of replies to them) older than `cutoff`. */
    async deleteInboundEmails(cutoff: Date): Promise<number> {
      const messages = await db
        .delete(inboundMessages)
        .where(and(lt(inboundMessages.receivedAt, cutoff), ne(inboundMessages.status, 'received')))
        .returning({ id: inboundMessages.id });
      const replies = await db
        .delete(emailReplies)
        .where(lt(emailReplies.createdAt, cutoff))
        .returning({ id: emailReplies.id });
      return messages.length + replies.length;
    },
    /** Deletes bookings whose meeting ended before `cutoff`. */
    async deleteBookings(cutoff: Date): Promise<number> {
      const rows = await db.delete(bookings).where(lt(bookings.endsAt, cutoff)).returning({ id: bookings.id });
      return rows.length;
    },
    /** Deletes requests (with their interpretation and proposals) untouched since `cutoff` and without a booking. */
    async deleteRequests(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(schedulingRequests)
        .where(
          and(
            lt(schedulingRequests.updatedAt, cutoff),
            notExists(
              db.select({ id: bookings.id }).from(bookings).where(eq(bookings.requestId, schedulingRequests.id)),
            ),
          ),
        )
        .returning({ id: schedulingRequests.id });
      return rows.length;
    },
    async deleteSessions(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(sessions)
        .where(sql`coalesce(${sessions.revokedAt}, ${sessions.expiresAt}) < ${cutoff.toISOString()}::timestamptz`)
        .returning({ id: sessions.id });
      return rows.length;
    },
    async deleteClosedTickets(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(supportTickets)
        .where(and(eq(supportTickets.status, 'closed'), lt(supportTickets.updatedAt, cutoff)))
        .returning({ id: supportTickets.id });
      return rows.length;
    },
    async deleteClosedPrivacyRequests(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(privacyRequests)
        .where(
          and(
            inArray(privacyRequests.status, ['completed', 'rejected', 'forwarded', 'expired']),
            lt(privacyRequests.updatedAt, cutoff),
          ),
        )
        .returning({ id: privacyRequests.id });
      return rows.length;
    },
    /** Unconfirmed contact requests: their link expired long ago. */
    async deleteUnconfirmedPrivacyRequests(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(privacyRequests)
        .where(and(eq(privacyRequests.status, 'awaiting_confirmation'), lt(privacyRequests.createdAt, cutoff)))
        .returning({ id: privacyRequests.id });
      return rows.length;
    },
    async deleteExpiredExports(now: Date): Promise<number> {
      const rows = await db.delete(dataExports).where(lt(dataExports.expiresAt, now)).returning({ id: dataExports.id });
      return rows.length;
    },
    /** Idempotency keys are only needed for 24 h of client retries (SECURITY.md §5.1). */
    async clearIdempotencyKeys(cutoff: Date): Promise<number> {
      const rows = await db
        .update(bookings)
        .set({ idempotencyKey: null })
        .where(and(isNotNull(bookings.idempotencyKey), lt(bookings.createdAt, cutoff)))
        .returning({ id: bookings.id });
      return rows.length;
    },
  };
}

/** The retention repository's interface. */
export type RetentionRepository = ReturnType<typeof createRetentionRepository>;
