/** Clients and sessions tables. Only this file (and other repositories) touch the database. */
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { clients, identities, sessions, signInAttempts } from '../db/schema.js';

export type Client = typeof clients.$inferSelect;
export type NewClient = typeof clients.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type Identity = typeof identities.$inferSelect;
export type SignInAttempt = typeof signInAttempts.$inferSelect;

/** Data access for accounts. */
export function createAccountsRepository(db: Database) {
  return {
    async insertClient(values: NewClient): Promise<Client> {
      const [row] = await db.insert(clients).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    async findClient(clientId: string): Promise<Client | undefined> {
      const [row] = await db.select().from(clients).where(eq(clients.id, clientId));
      return row;
    },
    /** Active clients whose address is one of `emails` (case-insensitive): other Slash users in a meeting. */
    async findClientsByEmails(emails: readonly string[]): Promise<Client[]> {
      if (emails.length === 0) return [];
      const lowered = emails.map((email) => email.toLowerCase());
      return db
        .select()
        .from(clients)
        .where(and(inArray(sql`lower(${clients.email})`, lowered), eq(clients.status, 'active')));
    },
    async listClients(): Promise<Client[]> {
      return db.select().from(clients);
    },
    async insertSession(values: typeof sessions.$inferInsert): Promise<Session> {
      const [row] = await db.insert(sessions).values(values).returning();
      if (row === undefined) throw new Error('insert returned no row');
      return row;
    },
    /** The live session (not revoked, not expired at `nowMs`) with this token hash. */
    async findLiveSession(tokenHash: string, nowMs: number): Promise<Session | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(
          and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date(nowMs))),
        );
      return row;
    },
    async insertSignInAttempt(values: typeof signInAttempts.$inferInsert): Promise<void> {
      await db.insert(signInAttempts).values(values);
    },
    /** Marks the live attempt with this state hash consumed and returns it; undefined if none (single use). */
    async consumeSignInAttempt(stateHash: string, nowMs: number): Promise<SignInAttempt | undefined> {
      const [row] = await db
        .update(signInAttempts)
        .set({ consumedAt: new Date(nowMs) })
        .where(
          and(
            eq(signInAttempts.stateHash, stateHash),
            isNull(signInAttempts.consumedAt),
            gt(signInAttempts.expiresAt, new Date(nowMs)),
          ),
        )
        .returning();
      return row;
    },
    /** The identity with this provider subject (issuer + subject), never looked up by email (S2, S3). */
    async findIdentity(issuer: string, subject: string): Promise<Identity | undefined> {
      const [row] = await db
        .select()
        .from(identities)
        .where(and(eq(identities.issuer, issuer), eq(identities.subject, subject)));
      return row;
    },
    /** Creates a client and its first identity together; a concurrent duplicate insert fails on the unique key. */
    async insertClientWithIdentity(
      client: NewClient,
      identity: Omit<typeof identities.$inferInsert, 'clientId'>,
    ): Promise<Client> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(clients).values(client).returning();
        if (row === undefined) throw new Error('insert returned no row');
        await tx.insert(identities).values({ ...identity, clientId: row.id });
        return row;
      });
    },
    async listIdentities(clientId: string): Promise<Identity[]> {
      return db.select().from(identities).where(eq(identities.clientId, clientId));
    },
    /** Records a session's use at `nowMs`. */
    async touchSession(sessionId: string, nowMs: number): Promise<void> {
      await db
        .update(sessions)
        .set({ lastSeenAt: new Date(nowMs) })
        .where(eq(sessions.id, sessionId));
    },
    async revokeSession(sessionId: string, clientId: string, nowMs: number): Promise<void> {
      await db
        .update(sessions)
        .set({ revokedAt: new Date(nowMs) })
        .where(and(eq(sessions.id, sessionId), eq(sessions.clientId, clientId)));
    },
  };
}

/** The accounts repository's interface. */
export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
