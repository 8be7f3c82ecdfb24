/**
 * Scheduling requests, their proposals and booking links, and the contacts they name. Every query
 * that takes a client id is scoped by it, so another client's id reads as "not found" (S5, C15).
 */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookingLinks, contacts, proposals, schedulingRequests } from '../db/schema.js';

/** A stored scheduling request. */
export type SchedulingRequestRow = typeof schedulingRequests.$inferSelect;
/** A stored proposal. */
export type ProposalRow = typeof proposals.$inferSelect;
/** A stored booking link (the token itself is never stored). */
export type BookingLinkRow = typeof bookingLinks.$inferSelect;
/** A stored contact. */
export type ContactRow = typeof contacts.$inferSelect;

/** Data access for scheduling. */
export function createSchedulingRepository(db: Database) {
  return {
    async insertRequest(values: typeof schedulingRequests.$inferInsert): Promise<SchedulingRequestRow> {
      const [row] = await db.insert(schedulingRequests).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findRequest(clientId: string, requestId: string): Promise<SchedulingRequestRow | undefined> {
      const [row] = await db
        .select()
        .from(schedulingRequests)
        .where(and(eq(schedulingRequests.clientId, clientId), eq(schedulingRequests.id, requestId)));
      return row;
    },
    async updateRequest(
      clientId: string,
      requestId: string,
      values: Partial<Pick<SchedulingRequestRow, 'overrides' | 'status' | 'updatedAt'>>,
    ): Promise<void> {
      await db
        .update(schedulingRequests)
        .set(values)
        .where(and(eq(schedulingRequests.clientId, clientId), eq(schedulingRequests.id, requestId)));
    },
    /** Replaces the proposals of a request (a PATCH recomputes them). */
    async replaceProposals(
      clientId: string,
      requestId: string,
      rows: (typeof proposals.$inferInsert)[],
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(proposals).where(and(eq(proposals.clientId, clientId), eq(proposals.requestId, requestId)));
        if (rows.length > 0) await tx.insert(proposals).values(rows);
      });
    },
    async listProposals(clientId: string, requestId: string): Promise<ProposalRow[]> {
      return db
        .select()
        .from(proposals)
        .where(and(eq(proposals.clientId, clientId), eq(proposals.requestId, requestId)))
        .orderBy(asc(proposals.rank));
    },
    async insertLink(values: typeof bookingLinks.$inferInsert): Promise<BookingLinkRow> {
      const [row] = await db.insert(bookingLinks).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findLatestLink(clientId: string, requestId: string): Promise<BookingLinkRow | undefined> {
      const [row] = await db
        .select()
        .from(bookingLinks)
        .where(and(eq(bookingLinks.clientId, clientId), eq(bookingLinks.requestId, requestId)))
        .orderBy(desc(bookingLinks.createdAt))
        .limit(1);
      return row;
    },
    async findLinkByTokenHash(tokenHash: string): Promise<BookingLinkRow | undefined> {
      const [row] = await db.select().from(bookingLinks).where(eq(bookingLinks.tokenHash, tokenHash));
      return row;
    },
    async revokeLinks(clientId: string, requestId: string, at: Date): Promise<void> {
      await db
        .update(bookingLinks)
        .set({ revokedAt: at })
        .where(
          and(
            eq(bookingLinks.clientId, clientId),
            eq(bookingLinks.requestId, requestId),
            isNull(bookingLinks.revokedAt),
          ),
        );
    },
    /** Adds the contacts a client has not met before; returns the rows of every address given. */
    async upsertContacts(
      clientId: string,
      people: readonly { email: string; name: string | null }[],
    ): Promise<ContactRow[]> {
      if (people.length === 0) return [];
      await db
        .insert(contacts)
        .values(people.map((person) => ({ clientId, email: person.email, name: person.name ?? '' })))
        .onConflictDoNothing({ target: [contacts.clientId, contacts.email] });
      return db
        .select()
        .from(contacts)
        .where(
          and(
            eq(contacts.clientId, clientId),
            inArray(
              contacts.email,
              people.map((person) => person.email),
            ),
          ),
        );
    },
    async findContact(clientId: string, contactId: string): Promise<ContactRow | undefined> {
      const [row] = await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)));
      return row;
    },
    async findContactsByEmails(clientId: string, emails: readonly string[]): Promise<ContactRow[]> {
      if (emails.length === 0) return [];
      return db
        .select()
        .from(contacts)
        .where(and(eq(contacts.clientId, clientId), inArray(contacts.email, [...emails])));
    },
  };
}

/** The scheduling repository's interface. */
export type SchedulingRepository = ReturnType<typeof createSchedulingRepository>;
