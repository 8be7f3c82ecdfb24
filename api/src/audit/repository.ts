/** The audit log table (append-only: the database refuses UPDATE and DELETE, migration 0004). */
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { auditLog } from '../db/schema.js';

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;

/** Data access for the audit log. */
export function createAuditRepository(db: Database) {
  return {
    async insertEntry(values: NewAuditEntry): Promise<void> {
      await db.insert(auditLog).values(values);
    },
    /** Newest first; `beforeMs` pages backwards. */
    async listEntries(options: { limit: number; beforeMs?: number; subjectId?: string }): Promise<AuditEntry[]> {
      const conditions = [
        options.beforeMs === undefined ? undefined : lt(auditLog.at, new Date(options.beforeMs)),
        options.subjectId === undefined ? undefined : eq(auditLog.subjectId, options.subjectId),
      ];
      return db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.at))
        .limit(options.limit);
    },
  };
}

/** The audit repository's interface. */
export type AuditRepository = ReturnType<typeof createAuditRepository>;
