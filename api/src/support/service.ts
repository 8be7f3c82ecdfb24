/**
 * The support queue (privacy policy §4): errors during scheduling, jobs that failed past their
 * deadline and requests the interpreter was unsure about become tickets a human acts on. Other
 * domains call `open`; `sweep` turns failed jobs and uncertain requests into tickets and is safe
 * to run again (one ticket per cause, by dedupe key).
 *
 * Tickets carry ids, error codes and job names — what is needed to act — not copies of personal
 * data: the human follows the ids to the data, and that access is audited.
 */
import type { Clock } from '../clock.js';
import { NotFoundError } from '../errors/domain-error.js';
import type { Database } from '../db/client.js';
import {
  createSupportRepository,
  DuplicateTicketError,
  type SupportRepository,
  type SupportTicket,
} from './repository.js';

/** Why a ticket exists. */
export type TicketKind = 'interpretation_uncertain' | 'scheduling_error' | 'job_failed' | 'email_stuck';

/** What a caller knows when it opens a ticket. */
export interface OpenTicket {
  readonly kind: TicketKind;
  readonly clientId?: string | undefined;
  readonly requestId?: string | undefined;
  /** One line for the queue, without personal values. */
  readonly summary: string;
  /** Ids, codes, counts: what a human needs to act. */
  readonly context?: Record<string, unknown>;
  /** One ticket per key, however often the cause is reported. */
  readonly dedupeKey?: string;
}

const SWEEP_BATCH = 200;

/** Opens, lists and closes support tickets. */
export function createSupportService(deps: { repository: SupportRepository; clock: Clock }) {
  const { repository, clock } = deps;

  async function open(ticket: OpenTicket): Promise<{ id: string; isNew: boolean }> {
    const nowMs = clock.nowMs();
    try {
      return await repository.insertTicketOnce(
        {
          kind: ticket.kind,
          clientId: ticket.clientId ?? null,
          requestId: ticket.requestId ?? null,
          summary: ticket.summary,
          context: ticket.context ?? {},
          createdAt: new Date(nowMs),
          updatedAt: new Date(nowMs),
        },
        ticket.dedupeKey,
      );
    } catch (error) {
      if (!(error instanceof DuplicateTicketError) || ticket.dedupeKey === undefined) throw error;
      return repository.insertTicketOnce({ kind: ticket.kind, summary: ticket.summary }, ticket.dedupeKey);
    }
  }

  return {
    open,
    /** Tickets for the support team (every client) or for one client. */
    async list(options: { clientId?: string; status?: 'open' | 'closed'; limit?: number }): Promise<SupportTicket[]> {
      return repository.listTickets({ ...options, limit: options.limit ?? 100 });
    },
    async setStatus(ticketId: string, status: 'open' | 'closed'): Promise<SupportTicket> {
      const row = await repository.updateTicketStatus(ticketId, status, clock.nowMs());
      if (row === undefined) throw new NotFoundError('No such support ticket.');
      return row;
    },
    /** Opens a ticket per failed job and per uncertain open request not yet ticketed; returns how many are new. */
    async sweep(): Promise<number> {
      let opened = 0;
      for (const job of await repository.listFailedJobs(SWEEP_BATCH)) {
        const result = await open({
          kind: 'job_failed',
          summary: `Job ${job.name} failed after ${job.retryCount} retries`,
          context: { jobId: job.id, jobName: job.name, retryCount: job.retryCount },
          dedupeKey: `job:${job.id}`,
        });
        if (result.isNew) opened += 1;
      }
      for (const request of await repository.listRequestsNeedingReview(SWEEP_BATCH)) {
        const result = await open({
          kind: 'interpretation_uncertain',
          clientId: request.clientId,
          requestId: request.id,
          summary: 'The interpreter was not confident about this request',
          context: { requestId: request.id },
          dedupeKey: `review:${request.id}`,
        });
        if (result.isNew) opened += 1;
      }
      return opened;
    },
  };
}

/** The support service's interface. */
export type SupportService = ReturnType<typeof createSupportService>;

/** The support service over `db` (wiring; other domains receive the service). */
export function createSupportServiceFor(db: Database, clock: Clock): SupportService {
  return createSupportService({ repository: createSupportRepository(db), clock });
}
