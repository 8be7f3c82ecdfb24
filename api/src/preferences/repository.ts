/** The preferences table: one JSON document per client, validated by the service before it is stored. */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { preferences } from '../db/schema.js';

/** Data access for preferences. */
export function createPreferencesRepository(db: Database) {
  return {
    async findDocument(clientId: string): Promise<Record<string, unknown> | undefined> {
      const [row] = await db
        .select({ document: preferences.document })
        .from(preferences)
        .where(eq(preferences.clientId, clientId));
      return row?.document;
    },
    async upsertDocument(clientId: string, document: Record<string, unknown>, now: Date): Promise<void> {
      await db
        .insert(preferences)
        .values({ clientId, document, updatedAt: now })
        .onConflictDoUpdate({ target: preferences.clientId, set: { document, updatedAt: now } });
    },
  };
}

/** The preferences repository's interface. */
export type PreferencesRepository = ReturnType<typeof createPreferencesRepository>;
