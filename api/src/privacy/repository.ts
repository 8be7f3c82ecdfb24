/**
 * Privacy tables (privacy_requests, data_exports) and the writes rectification and erasure make to
 * the data they are about. Queries are scoped by client id (tenant isolation).
 */
import { and, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookings, clients, contacts, dataExports, outboxEmails, privacyRequests, proposals, sessions } from '../db/schema.js';

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
        .where(and(eq(clients.status, 'pending_deletion'), lte(clients.deletionRequestedAt, new Date(requestedBeforeMs))));
      return rows.map((row) => row.id);
    },
    async deleteClient(clientId: string): Promise<void> {
      await db.delete(clients).where(eq(clients.id, clientId));
    },
    async revokeSessions(clientId: string, nowMs: number): Promise<void> {
      await db.update(sessions).set({ revokedAt: new Date(nowMs) }).where(and(eq(sessions.clientId, clientId), isNull(sessions.revokedAt)));
    },
    async findContact(clientId: string, contactId: string): Promise<Contact | undefined> {
      const [row] = await db.select().from(contacts).where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)));
      return row;
    },
    async listContacts(clientId: string): Promise<Contact[]> {
      return db.select().from(contacts).where(eq(contacts.clientId, clientId)).orderBy(contacts.createdAt);
    },
    /** Contacts of every client with this address (case-insensitive): the controllers of a requester. */
    async listContactsByEmail(email: string): Promise<Contact[]> {
      return db.select().from(contacts).where(sql`lower(${contacts.email}) = ${email.trim().toLowerCase()}`);
    },
    async updateContact(clientId: string, contactId: string, values: Partial<typeof contacts.$inferInsert>): Promise<Contact | undefined> {
      const [row] = await db.update(contacts).set(values).where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId))).returning();
      return row;
    },
    async deleteContact(clientId: string, contactId: string): Promise<void> {
      await db.delete(contacts).where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)));
    },
    async listBookings(clientId: string, contactId?: string): Promise<Booking[]> {
      return db
        .select()
        .from(bookings)
        .where(and(eq(bookings.clientId, clientId), contactId === undefined ? undefined : eq(bookings.contactId, contactId)))
        .orderBy(bookings.startsAt);
    },
    /** Confirmed bookings with the contact that have not started at `nowMs`. */
    async listFutureBookings(clientId: string, contactId: string, nowMs: number): Promise<Booking[]> {
      return db
        .select()
        .from(bookings)
        .where(and(eq(bookings.clientId, clientId), eq(bookings.contactId, contactId), eq(bookings.status, 'confirmed'), gt(bookings.startsAt, new Date(nowMs))));
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
      return db.select().from(proposals).where(eq(proposals.clientId, clientId)).orderBy(proposals.requestId, proposals.rank);
    },
    /** Marks the booking's calendar event as behind (the booking domain's sync job rewrites it). */
    async bumpBookingSequence(bookingId: string): Promise<void> {
      await db.update(bookings).set({ sequence: sql`${bookings.sequence} + 1` }).where(eq(bookings.id, bookingId));
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
    async updatePrivacyRequest(requestId: string, values: Partial<typeof privacyRequests.$inferInsert>): Promise<PrivacyRequest | undefined> {
      const [row] = await db.update(privacyRequests).set(values).where(eq(privacyRequests.id, requestId)).returning();
      return row;
    },
    async listPrivacyRequests(options: { clientId?: string; status?: string; routedOnly?: boolean; limit: number }): Promise<PrivacyRequest[]> {
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
    async closeRequestsAboutContact(clientId: string, contactId: string, kinds: string[], nowMs: number): Promise<void> {
      await db
        .update(privacyRequests)
        .set({ status: 'completed', closedAt: new Date(nowMs), updatedAt: new Date(nowMs) })
        .where(
          and(eq(privacyRequests.clientId, clientId), eq(privacyRequests.contactId, contactId), eq(privacyRequests.status, 'pending'), inArray(privacyRequests.kind, kinds)),
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
