/**
 * The outbox of emails: every email is a row first (unique `dedupeKey`: one email per purpose),
 * then delivered by a job. Workers claim rows with a lease (`lockedUntil`, FOR UPDATE SKIP LOCKED),
 * so two workers never send the same row at once and a crashed worker's row is picked up again.
 */
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { outboxEmails } from '../db/schema.js';

/** An outbox row. */
export type OutboxEmail = typeof outboxEmails.$inferSelect;
/** What is needed to queue an email. */
export type NewOutboxEmail = typeof outboxEmails.$inferInsert;

/** Data access for the email outbox. */
export function createOutboxRepository(db: Database) {
  return {
    /** Inserts the email unless one with its dedupeKey exists; returns the row either way. */
    async insertEmail(values: NewOutboxEmail): Promise<OutboxEmail> {
      await db.insert(outboxEmails).values(values).onConflictDoNothing({ target: outboxEmails.dedupeKey });
      const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, values.dedupeKey));
      if (row === undefined) throw new Error('outbox insert returned no row');
      return row;
    },
    /** Leases the next pending email (or one whose lease expired) until `leaseUntil`. */
    async claimNext(now: Date, leaseUntil: Date): Promise<OutboxEmail | undefined> {
      const candidate = db
        .select({ id: outboxEmails.id })
        .from(outboxEmails)
        .where(
          and(
            eq(outboxEmails.status, 'pending'),
            or(isNull(outboxEmails.lockedUntil), lt(outboxEmails.lockedUntil, now)),
          ),
        )
        .orderBy(outboxEmails.createdAt)
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await db
        .update(outboxEmails)
        .set({ lockedUntil: leaseUntil, attempts: sql`${outboxEmails.attempts} + 1` })
        .where(inArray(outboxEmails.id, candidate))
        .returning();
      return row;
    },
    async markDelivered(
      id: string,
      outcome: { status: 'sent' | 'kept'; messageId: string | null; at: Date },
    ): Promise<void> {
      await db
        .update(outboxEmails)
        .set({
          status: outcome.status,
          messageId: outcome.messageId,
          sentAt: outcome.at,
          lockedUntil: null,
          lastError: null,
        })
        .where(eq(outboxEmails.id, id));
    },
    async releaseAfterFailure(id: string, error: string): Promise<void> {
      await db
        .update(outboxEmails)
        .set({ lockedUntil: null, lastError: error.slice(0, 500) })
        .where(eq(outboxEmails.id, id));
    },
    async listRecent(limit: number): Promise<OutboxEmail[]> {
      return db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt)).limit(limit);
    },
    async findByDedupeKey(dedupeKey: string): Promise<OutboxEmail | undefined> {
      const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, dedupeKey));
      return row;
    },
  };
}

/** The outbox repository's interface. */
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
