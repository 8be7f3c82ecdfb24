/** The consent ledger (append-only) and the newsletter's outbox rows. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { clients, consentEvents, outboxEmails } from '../db/schema.js';

export type ConsentEvent = typeof consentEvents.$inferSelect;
export type NewConsentEvent = typeof consentEvents.$inferInsert;
export type NewOutboxEmail = typeof outboxEmails.$inferInsert;

/** Data access for consent. */
export function createConsentRepository(db: Database) {
  return {
    async insertEvent(values: NewConsentEvent): Promise<ConsentEvent> {
      const [row] = await db.insert(consentEvents).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    /** The latest event of `subjectId` for `purpose` (the ledger's current state). */
    async findLatestEvent(subjectId: string, purpose: string): Promise<ConsentEvent | undefined> {
      const [row] = await db
        .select()
        .from(consentEvents)
        .where(and(eq(consentEvents.subjectId, subjectId), eq(consentEvents.purpose, purpose)))
        .orderBy(desc(consentEvents.seq))
        .limit(1);
      return row;
    },
    async listEvents(subjectId: string): Promise<ConsentEvent[]> {
      return db.select().from(consentEvents).where(eq(consentEvents.subjectId, subjectId)).orderBy(consentEvents.seq);
    },
    /** Active clients whose latest event for `purpose` is a grant. */
    async listGrantedClients(purpose: string): Promise<{ id: string; email: string; language: string }[]> {
      const latest = db
        .selectDistinctOn([consentEvents.subjectId], {
          subjectId: consentEvents.subjectId,
          action: consentEvents.action,
        })
        .from(consentEvents)
        .where(and(eq(consentEvents.purpose, purpose), eq(consentEvents.subjectKind, 'client')))
        .orderBy(consentEvents.subjectId, desc(consentEvents.seq))
        .as('latest');
      return db
        .select({ id: clients.id, email: clients.email, language: clients.language })
        .from(clients)
        .innerJoin(latest, eq(latest.subjectId, sql`${clients.id}::text`))
        .where(and(eq(latest.action, 'granted'), eq(clients.status, 'active')));
    },
    /** Inserts newsletter emails; an email already queued for the same dedupe key is left alone. */
    async insertEmails(values: NewOutboxEmail[]): Promise<number> {
      if (values.length === 0) return 0;
      const rows = await db
        .insert(outboxEmails)
        .values(values)
        .onConflictDoNothing()
        .returning({ id: outboxEmails.id });
      return rows.length;
    },
    async countEmails(dedupeKeys: string[]): Promise<number> {
      if (dedupeKeys.length === 0) return 0;
      const rows = await db
        .select({ id: outboxEmails.id })
        .from(outboxEmails)
        .where(inArray(outboxEmails.dedupeKey, dedupeKeys));
      return rows.length;
    },
  };
}

/** The consent repository's interface. */
export type ConsentRepository = ReturnType<typeof createConsentRepository>;
