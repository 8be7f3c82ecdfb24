/** API keys, account search and aggregated statistics for the admin API. */
import { and, count, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  apiKeys,
  bookings,
  clients,
  contacts,
  privacyRequests,
  schedulingRequests,
  supportTickets,
} from '../db/schema.js';

export type ApiKey = typeof apiKeys.$inferSelect;
export type ClientRow = typeof clients.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

/** Data access for the admin domain. */
export function createAdminRepository(db: Database) {
  return {
    async insertApiKey(values: typeof apiKeys.$inferInsert): Promise<ApiKey> {
      const [row] = await db.insert(apiKeys).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findLiveApiKey(keyHash: string): Promise<ApiKey | undefined> {
      const [row] = await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
      return row;
    },
    async revokeApiKey(keyId: string, nowMs: number): Promise<boolean> {
      const rows = await db
        .update(apiKeys)
        .set({ revokedAt: new Date(nowMs) })
        .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id });
      return rows.length > 0;
    },
    async listApiKeys(): Promise<ApiKey[]> {
      return db.select().from(apiKeys).orderBy(apiKeys.createdAt);
    },
    /** Clients whose email or name contains `query` (case-insensitive), or whose id is `query`. */
    async searchClients(query: string, limit: number): Promise<ClientRow[]> {
      const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(query);
      return db
        .select()
        .from(clients)
        .where(
          or(ilike(clients.email, pattern), ilike(clients.name, pattern), isUuid ? eq(clients.id, query) : undefined),
        )
        .orderBy(clients.createdAt)
        .limit(limit);
    },
    async findClient(clientId: string): Promise<ClientRow | undefined> {
      const [row] = await db.select().from(clients).where(eq(clients.id, clientId));
      return row;
    },
    async findContact(contactId: string): Promise<ContactRow | undefined> {
      const [row] = await db.select().from(contacts).where(eq(contacts.id, contactId));
      return row;
    },
    /** Counts only: no row, no value. */
    async statistics(): Promise<Record<string, number>> {
      const countOf = async (query: Promise<{ value: number }[]>) => Number((await query)[0]?.value ?? 0);
      return {
        clientsActive: await countOf(db.select({ value: count() }).from(clients).where(eq(clients.status, 'active'))),
        clientsPendingErasure: await countOf(
          db.select({ value: count() }).from(clients).where(eq(clients.status, 'pending_deletion')),
        ),
        contacts: await countOf(db.select({ value: count() }).from(contacts)),
        schedulingRequests: await countOf(db.select({ value: count() }).from(schedulingRequests)),
        requestsNeedingReview: await countOf(
          db.select({ value: count() }).from(schedulingRequests).where(eq(schedulingRequests.needsReview, true)),
        ),
        bookingsConfirmed: await countOf(
          db.select({ value: count() }).from(bookings).where(eq(bookings.status, 'confirmed')),
        ),
        supportTicketsOpen: await countOf(
          db.select({ value: count() }).from(supportTickets).where(eq(supportTickets.status, 'open')),
        ),
        privacyRequestsPending: await countOf(
          db.select({ value: count() }).from(privacyRequests).where(eq(privacyRequests.status, 'pending')),
        ),
        privacyRequestsOverdue: await countOf(
          db
            .select({ value: count() })
            .from(privacyRequests)
            .where(and(eq(privacyRequests.status, 'pending'), sql`${privacyRequests.dueAt} < now()`)),
        ),
      };
    },
  };
}

/** The admin repository's interface. */
export type AdminRepository = ReturnType<typeof createAdminRepository>;
