/**
 * Data access for the email channel (#9): inbound messages (stored before they are acknowledged),
 * the threads Slash takes part in, and the replies it sent (rate limits, once-only replies).
 */
import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sqlStateOf } from '../db/errors.js';
import { emailReplies, emailThreads, inboundMessages } from '../db/schema.js';

/** A stored inbound message. */
export type InboundMessage = typeof inboundMessages.$inferSelect;
/** A thread Slash takes part in. */
export type EmailThread = typeof emailThreads.$inferSelect;
/** A reply Slash decided to send. */
export type NewEmailReply = typeof emailReplies.$inferInsert;

/** Limits a reservation must stay under. */
export interface ReplyLimits {
  readonly sinceThread: Date;
  readonly perThread: number;
  readonly sinceClient: Date;
  readonly perClient: number;
}

/** Creates the inbound email repository. */
export function createInboundEmailRepository(db: Database) {
  return {
    async insertMessage(values: typeof inboundMessages.$inferInsert): Promise<InboundMessage> {
      const [row] = await db.insert(inboundMessages).values(values).returning();
      if (row === undefined) throw new Error('inbound message insert returned no row');
      return row;
    },
    /**
     * Claims `deliveryKey` for message `id`; false when another stored message holds it (a second delivery
     * of the same email). Claiming again for the same message (a retried job) succeeds.
     */
    async claimDelivery(id: string, deliveryKey: string): Promise<boolean> {
      try {
        await db.update(inboundMessages).set({ deliveryKey }).where(eq(inboundMessages.id, id));
        return true;
      } catch (error) {
        if (sqlStateOf(error) === '23505') return false;
        throw error;
      }
    },
    async findMessage(id: string): Promise<InboundMessage | undefined> {
      const [row] = await db.select().from(inboundMessages).where(eq(inboundMessages.id, id));
      return row;
    },
    async listUnprocessedIds(limit: number): Promise<string[]> {
      const rows = await db
        .select({ id: inboundMessages.id })
        .from(inboundMessages)
        .where(eq(inboundMessages.status, 'received'))
        .orderBy(asc(inboundMessages.receivedAt))
        .limit(limit);
      return rows.map((row) => row.id);
    },
    async markProcessed(id: string, outcome: { outcome: string; clientId: string | null; at: Date }): Promise<void> {
      await db
        .update(inboundMessages)
        .set({ status: 'processed', outcome: outcome.outcome, clientId: outcome.clientId, processedAt: outcome.at })
        .where(eq(inboundMessages.id, id));
    },
    async countMessages(): Promise<number> {
      const [row] = await db.select({ value: count() }).from(inboundMessages);
      return row?.value ?? 0;
    },
    async insertThread(values: typeof emailThreads.$inferInsert): Promise<EmailThread | undefined> {
      const [row] = await db.insert(emailThreads).values(values).onConflictDoNothing().returning();
      return row;
    },
    /** Threads any of whose keys is `threadKeys` (a reply carries the root in References). */
    async findThreadByKeys(threadKeys: readonly string[]): Promise<EmailThread | undefined> {
      if (threadKeys.length === 0) return undefined;
      const [row] = await db
        .select()
        .from(emailThreads)
        .where(inArray(emailThreads.threadKey, [...threadKeys]))
        .limit(1);
      return row;
    },
    /** The conversation a scheduling request came from, if it came by email. */
    async findThreadOfRequest(clientId: string, requestId: string): Promise<EmailThread | undefined> {
      const [row] = await db
        .select()
        .from(emailThreads)
        .where(and(eq(emailThreads.clientId, clientId), eq(emailThreads.requestId, requestId)));
      return row;
    },
    async findThread(id: string): Promise<EmailThread | undefined> {
      const [row] = await db.select().from(emailThreads).where(eq(emailThreads.id, id));
      return row;
    },
    async updateThread(
      id: string,
      values: Partial<Pick<EmailThread, 'status' | 'followUpsSent' | 'lastActivityAt' | 'messageIds'>>,
    ): Promise<void> {
      await db.update(emailThreads).set(values).where(eq(emailThreads.id, id));
    },
    async hasReplied(senderEmail: string, kind: string): Promise<boolean> {
      const [row] = await db
        .select({ value: count() })
        .from(emailReplies)
        .where(and(eq(emailReplies.senderEmail, senderEmail), eq(emailReplies.kind, kind)));
      return (row?.value ?? 0) > 0;
    },
    /**
     * Records a reply if the thread and the client are under their limits; false otherwise (or when
     * this purpose was already reserved). Serialised per client by an advisory lock, so concurrent
     * jobs cannot both take the last place.
     */
    /** True when a reply with `dedupeKey` was reserved (by this message's earlier attempt, say). */
    async hasReply(dedupeKey: string): Promise<boolean> {
      const [row] = await db
        .select({ id: emailReplies.id })
        .from(emailReplies)
        .where(eq(emailReplies.dedupeKey, dedupeKey));
      return row !== undefined;
    },
    async reserveReply(reply: NewEmailReply, limits: ReplyLimits): Promise<boolean> {
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`email-replies:${reply.clientId ?? reply.senderEmail}`}))`,
        );
        const [thread] = await tx
          .select({ value: count() })
          .from(emailReplies)
          .where(and(eq(emailReplies.threadKey, reply.threadKey), gte(emailReplies.createdAt, limits.sinceThread)));
        if ((thread?.value ?? 0) >= limits.perThread) return false;
        if (reply.clientId !== null && reply.clientId !== undefined) {
          const [client] = await tx
            .select({ value: count() })
            .from(emailReplies)
            .where(and(eq(emailReplies.clientId, reply.clientId), gte(emailReplies.createdAt, limits.sinceClient)));
          if ((client?.value ?? 0) >= limits.perClient) return false;
        }
        const inserted = await tx
          .insert(emailReplies)
          .values(reply)
          .onConflictDoNothing()
          .returning({ id: emailReplies.id });
        return inserted.length > 0;
      });
    },
  };
}

/** The inbound email repository's interface. */
export type InboundEmailRepository = ReturnType<typeof createInboundEmailRepository>;
