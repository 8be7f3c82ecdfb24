/**
 * The audit trail (G10): who did what to whose data. Entries hold ids, action names, counts and
 * field names — never personal values — so the log can outlive an erasure (it names a deleted id,
 * nothing more). Rows cannot be changed or removed by the application (database trigger).
 */
import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import { createAuditRepository, type AuditEntry, type AuditRepository } from './repository.js';

/** Who acted. */
export type ActorKind = 'client' | 'admin_key' | 'contact' | 'system';

/** One audited fact. `details` must hold no personal values (ids, counts, field names only). */
export interface AuditRecord {
  readonly actorKind: ActorKind;
  readonly actorId?: string | undefined;
  readonly action: string;
  readonly subjectKind?: 'client' | 'contact' | 'privacy_request' | 'support_ticket' | 'api_key' | 'export' | undefined;
  readonly subjectId?: string | undefined;
  readonly details?: Record<string, string | number | boolean | string[] | null>;
}

/** Records and lists audit entries. */
export function createAuditService(deps: { repository: AuditRepository; clock: Clock }) {
  const { repository, clock } = deps;
  return {
    async record(entry: AuditRecord): Promise<void> {
      await repository.insertEntry({
        at: new Date(clock.nowMs()),
        actorKind: entry.actorKind,
        actorId: entry.actorId ?? null,
        action: entry.action,
        subjectKind: entry.subjectKind ?? null,
        subjectId: entry.subjectId ?? null,
        details: entry.details ?? {},
      });
    },
    async list(options: { limit: number; beforeMs?: number; subjectId?: string }): Promise<AuditEntry[]> {
      return repository.listEntries(options);
    },
  };
}

/** The audit service's interface. */
export type AuditService = ReturnType<typeof createAuditService>;

/** The audit service over `db` (wiring). */
export function createAuditServiceFor(db: Database, clock: Clock): AuditService {
  return createAuditService({ repository: createAuditRepository(db), clock });
}
