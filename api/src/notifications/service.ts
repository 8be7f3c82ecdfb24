/**
 * Notifications: queue an email (a row first, keyed by purpose), then deliver it from a job. The
 * delivery job drains every pending row, not only its own, so a backlog (an SMTP outage, many
 * bookings at once) empties at the speed of the mail server rather than one job per poll. Exactly
 * one email per purpose: the dedupeKey stops a second row; the lease stops two workers sending one
 * row; a retried job finds the row already delivered. Each message has a stable Message-ID.
 */
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Mailer } from './mailer.js';
import type { OutboxEmail, OutboxRepository } from './repository.js';

/** The job that delivers pending emails. */
export const DELIVER_EMAILS_JOB = 'notifications-deliver';
const LEASE_MS = 120_000;
/** Bound on one drain, so a job never runs unbounded; the next job continues. */
const MAX_PER_DRAIN = 500;

/** An email to queue. `dedupeKey` names its purpose (e.g. `booking:<id>:invite:<seq>:<address>`). */
export interface QueuedEmail {
  readonly clientId: string | null;
  readonly dedupeKey: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody?: string | null;
  readonly icsContent?: string | null;
  readonly headers?: Record<string, string>;
}

/** What the service needs. */
export interface NotificationDeps {
  readonly outbox: OutboxRepository;
  /** Undefined: no SMTP server, emails are kept in the local outbox. */
  readonly mailer: Mailer | undefined;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly mailFrom: string;
  /** Retry delay of the delivery job (tests use 1 s). */
  readonly retryDelaySeconds?: number;
  readonly onDeliveryError?: (error: unknown, email: OutboxEmail) => void;
}

/** Creates the notification service and defines its job on `deps.jobs`. */
export function createNotificationService(deps: NotificationDeps) {
  const { outbox, mailer, jobs, clock } = deps;

  async function deliver(email: OutboxEmail): Promise<void> {
    const at = new Date(clock.nowMs());
    if (mailer === undefined) {
      await outbox.markDelivered(email.id, { status: 'kept', messageId: null, at });
      return;
    }
    const { messageId } = await mailer.send(email, deps.mailFrom);
    await outbox.markDelivered(email.id, { status: 'sent', messageId, at });
  }

  /** Delivers pending emails until none is left (bounded); throws after the drain if any failed. */
  async function deliverPending(): Promise<{ delivered: number; failed: number }> {
    let delivered = 0;
    const failed: { id: string; message: string }[] = [];
    // A failed email keeps its lease until the pass ends, so the pass moves on to the others.
    while (delivered + failed.length < MAX_PER_DRAIN) {
      const now = clock.nowMs();
      const email = await outbox.claimNext(new Date(now), new Date(now + LEASE_MS));
      if (email === undefined) break;
      try {
        await deliver(email);
        delivered += 1;
      } catch (error) {
        failed.push({ id: email.id, message: error instanceof Error ? error.message : String(error) });
        deps.onDeliveryError?.(error, email);
      }
    }
    for (const failure of failed) await outbox.releaseAfterFailure(failure.id, failure.message);
    if (failed.length > 0) throw new Error(`${failed.length} email(s) could not be delivered; retrying later`);
    return { delivered, failed: failed.length };
  }

  jobs.define(
    DELIVER_EMAILS_JOB,
    async () => {
      await deliverPending();
    },
    { retryLimit: 20, retryDelaySeconds: deps.retryDelaySeconds ?? 10 },
  );

  return {
    /** Queues `email` (no-op when its dedupeKey was queued before) and schedules delivery. */
    async enqueue(email: QueuedEmail): Promise<void> {
      await outbox.insertEmail({
        clientId: email.clientId,
        dedupeKey: email.dedupeKey,
        toAddresses: [...email.to],
        subject: email.subject,
        textBody: email.textBody,
        htmlBody: email.htmlBody ?? null,
        icsContent: email.icsContent ?? null,
        headers: email.headers ?? {},
      });
      await jobs.send(DELIVER_EMAILS_JOB, { reason: email.dedupeKey });
    },
    deliverPending,
    listRecent: (limit: number) => outbox.listRecent(limit),
  };
}

/** The notification service's interface. */
export type NotificationService = ReturnType<typeof createNotificationService>;
