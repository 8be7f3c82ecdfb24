/** Support tickets, their dedupe keys, and the sources sweeps read (failed jobs, uncertain requests). */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { schedulingRequests, supportTicketKeys, supportTickets } from '../db/schema.js';

export type SupportTicket = typeof supportTickets.$inferSelect;
export type NewSupportTicket = typeof supportTickets.$inferInsert;

/** A job that failed for good (pg-boss state `failed`). */
export interface FailedJob {
  readonly id: string;
  readonly name: string;
  readonly retryCount: number;
}

/** Data access for the support queue. */
export function createSupportRepository(db: Database) {
  return {
    /** Inserts a ticket unless one with `dedupeKey` exists; returns the ticket id either way. */
    async insertTicketOnce(
      values: NewSupportTicket,
      dedupeKey: string | undefined,
    ): Promise<{ id: string; isNew: boolean }> {
      return db.transaction(async (tx) => {
        if (dedupeKey !== undefined) {
          const [existing] = await tx
            .select()
            .from(supportTicketKeys)
            .where(eq(supportTicketKeys.dedupeKey, dedupeKey));
          if (existing !== undefined) return { id: existing.ticketId, isNew: false };
        }
        const [row] = await tx.insert(supportTickets).values(values).returning({ id: supportTickets.id });
        if (row === undefined) throw new Error('insert returned no row');
        if (dedupeKey !== undefined) {
          const inserted = await tx
            .insert(supportTicketKeys)
            .values({ dedupeKey, ticketId: row.id })
            .onConflictDoNothing()
            .returning({ key: supportTicketKeys.dedupeKey });
          // A concurrent sweep won the key: drop our duplicate (rolls back with the transaction).
          if (inserted.length === 0) throw new DuplicateTicketError();
        }
        return { id: row.id, isNew: true };
      });
    },
    async listTickets(options: { clientId?: string; status?: string; limit: number }): Promise<SupportTicket[]> {
      return db
        .select()
        .from(supportTickets)
        .where(
          and(
            options.clientId === undefined ? undefined : eq(supportTickets.clientId, options.clientId),
            options.status === undefined ? undefined : eq(supportTickets.status, options.status),
          ),
        )
        .orderBy(desc(supportTickets.createdAt))
        .limit(options.limit);
    },
    async updateTicketStatus(ticketId: string, status: string, nowMs: number): Promise<SupportTicket | undefined> {
      const [row] = await db
        .update(supportTickets)
        .set({ status, updatedAt: new Date(nowMs) })
        .where(eq(supportTickets.id, ticketId))
        .returning();
      return row;
    },
    /** Requests the interpreter was not confident about (`needs_review`), oldest first. */
    async listRequestsNeedingReview(limit: number): Promise<{ id: string; clientId: string }[]> {
      return db
        .select({ id: schedulingRequests.id, clientId: schedulingRequests.clientId })
        .from(schedulingRequests)
        .where(and(eq(schedulingRequests.needsReview, true), eq(schedulingRequests.status, 'open')))
        .orderBy(schedulingRequests.createdAt)
        .limit(limit);
    },
    /** Jobs pg-boss gave up on (retries exhausted or expired past their deadline). */
    async listFailedJobs(limit: number): Promise<FailedJob[]> {
      const exists = await db.execute(sql`select to_regclass('pgboss.job') is not null as present`);
      if (rowsOf<{ present: boolean }>(exists)[0]?.present !== true) return [];
      const result = await db.execute(
        sql`select id::text as id, name, retry_count as "retryCount" from pgboss.job where state = 'failed' order by completed_on nulls last limit ${limit}`,
      );
      return rowsOf<FailedJob>(result);
    },
  };
}

/** Two sweeps raced for one dedupe key; the loser's insert is rolled back. */
export class DuplicateTicketError extends Error {
  override readonly name = 'DuplicateTicketError';
}

/** Rows of `db.execute` on either driver (postgres-js returns an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** The support repository's interface. */
export type SupportRepository = ReturnType<typeof createSupportRepository>;
