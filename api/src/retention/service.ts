/**
 * Retention (privacy policy §3, G9): durations per data kind come from configuration; `purge`
 * deletes or empties what is past its duration at the clock's now and returns counts per kind.
 * Idempotent: a second run at the same instant changes nothing.
 *
 * `runDaily` is the daily job: purge, erase accounts whose grace period ended, turn failed jobs and
 * uncertain requests into support tickets, then enqueue tomorrow's run.
 */
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Database } from '../db/client.js';
import { createRetentionRepository, type RetentionRepository } from './repository.js';

export const RETENTION_JOB = 'retention.daily';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Rows touched per data kind by one purge. */
export type PurgeCounts = Record<string, number>;

/** Runs the purge and schedules it daily. */
export function createRetentionService(deps: {
  repository: RetentionRepository;
  clock: Clock;
  config: AppConfig;
  jobs: JobQueue;
  /** Other daily chores (account erasures due, support sweep); their counts join the purge's. */
  dailyChores?: Record<string, () => Promise<number>>;
}) {
  const { repository, clock, config, jobs } = deps;
  const before = (days: number) => new Date(clock.nowMs() - days * DAY_MS);

  async function purge(): Promise<PurgeCounts> {
    return {
      emailThreads: await repository.clearThreads(before(config.retentionEmailDays)),
      sentEmails: await repository.deleteSentEmails(before(config.retentionEmailDays)),
      inboundEmails: await repository.deleteInboundEmails(before(config.retentionEmailDays)),
      bookings: await repository.deleteBookings(before(config.retentionMeetingDays)),
      schedulingRequests: await repository.deleteRequests(before(config.retentionRequestDays)),
      sessions: await repository.deleteSessions(before(config.retentionSessionDays)),
      supportTickets: await repository.deleteClosedTickets(before(config.retentionSupportDays)),
      privacyRequests: await repository.deleteClosedPrivacyRequests(before(config.retentionPrivacyRequestDays)),
      unconfirmedPrivacyRequests: await repository.deleteUnconfirmedPrivacyRequests(before(config.retentionEmailDays)),
      exports: await repository.deleteExpiredExports(new Date(clock.nowMs())),
      idempotencyKeys: await repository.clearIdempotencyKeys(new Date(clock.nowMs() - 24 * HOUR_MS)),
    };
  }

  /** Enqueues the next run at the next 03:00 UTC, once per day (singleton key). */
  async function scheduleNext(): Promise<void> {
    const nowMs = clock.nowMs();
    const next = new Date(Math.floor(nowMs / DAY_MS) * DAY_MS + 3 * HOUR_MS);
    if (next.getTime() <= nowMs) next.setTime(next.getTime() + DAY_MS);
    await jobs.send(
      RETENTION_JOB,
      {},
      { singletonKey: `retention:${next.toISOString().slice(0, 10)}`, startAfter: next },
    );
  }

  return {
    purge,
    scheduleNext,
    /** The daily job's handler. */
    async runDaily(): Promise<PurgeCounts> {
      const counts = await purge();
      for (const [name, chore] of Object.entries(deps.dailyChores ?? {})) counts[name] = await chore();
      await scheduleNext();
      return counts;
    },
  };
}

/** The retention service's interface. */
export type RetentionService = ReturnType<typeof createRetentionService>;

/** The retention service over `db` (wiring). */
export function createRetentionServiceFor(
  db: Database,
  deps: Omit<Parameters<typeof createRetentionService>[0], 'repository'>,
): RetentionService {
  return createRetentionService({ ...deps, repository: createRetentionRepository(db) });
}
