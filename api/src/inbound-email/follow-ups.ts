/**
 * Reminders to contacts who have not answered Slash's proposals (#9). Each reminder is a delayed job
 * carrying its due instant; the next one is scheduled when this one goes out, by the client's
 * `followUps` preference as it is then (see follow-up-schedule.ts). Any answer or booking stops them.
 *
 * Two clocks: pg-boss starts a job at `startAfter` by the database's clock, while the due instant
 * comes from the service's clock. The handler checks the due instant against the service's clock
 * and puts a job that is not due yet back in the queue, so the reminder never goes out early by
 * the service's clock (in production both clocks agree up to skew; tests inject the service's).
 */
import type { FollowUpsPreference, SchedulingRequestView } from '@slash/shared';
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-queue.js';
import {
  AUTOMATIC_HEADERS,
  followUpText,
  replySubject,
  threadingHeaders,
  type ReserveReply,
  type ThreadEmail,
  type ThreadLanguage,
} from './compose-reply.js';
import { nextFollowUpDueMs, requestWindowEndMs } from './follow-up-schedule.js';
import type { EmailThread, InboundEmailRepository } from './repository.js';

/** The delayed job that follows a thread up when the contacts have not answered. */
export const FOLLOW_UP_JOB = 'inbound-email-follow-up';

/** The follow-up job's data; `dueAtMs` is absent on jobs queued before it existed (due at once). */
export interface FollowUpJob {
  readonly threadId: string;
  readonly number: number;
  readonly dueAtMs?: number;
}

/** What follow-ups need from the scheduling domain: the request and the client's preference. */
export interface FollowUpSchedulingPort {
  get(clientId: string, requestId: string): Promise<SchedulingRequestView>;
  requestContext(
    clientId: string,
    requestId: string,
  ): Promise<{ readonly preferences: { readonly followUps: FollowUpsPreference } }>;
}

/** What follow-ups need. */
export interface FollowUpDeps {
  readonly repository: InboundEmailRepository;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly scheduling: FollowUpSchedulingPort;
  readonly findClient: (clientId: string) => Promise<{ id: string; email: string; name: string } | undefined>;
  /** Reserves one reply against the rate limits (false: over a limit, or already sent). */
  readonly reserve: ReserveReply;
  readonly enqueueMail: (email: ThreadEmail) => Promise<void>;
}

/** Creates the follow-ups and defines their job on `deps.jobs`. */
export function createFollowUps(deps: FollowUpDeps) {
  const { repository, clock, scheduling } = deps;

  /**
   * Queues reminder `number` of `thread`, due one spacing after now (the message before it goes
   * out now), unless the client wants fewer reminders.
   */
  async function schedule(input: {
    thread: Pick<EmailThread, 'id' | 'clientId'>;
    view: SchedulingRequestView;
    number: number;
  }): Promise<void> {
    const { preferences } = await scheduling.requestContext(input.thread.clientId, input.view.id);
    const dueAtMs = nextFollowUpDueMs({
      number: input.number,
      preference: preferences.followUps,
      windowEndMs: requestWindowEndMs(input.view),
      scheduledAtMs: clock.nowMs(),
    });
    if (dueAtMs === undefined) return;
    await enqueue({ threadId: input.thread.id, number: input.number, dueAtMs });
  }

  async function enqueue(job: FollowUpJob): Promise<void> {
    await deps.jobs.send(FOLLOW_UP_JOB, job, {
      singletonKey: `${job.threadId}:${job.number}`,
      ...(job.dueAtMs === undefined ? {} : { startAfter: new Date(job.dueAtMs) }),
    });
  }

  /** Sends reminder `number` if the thread still waits for the contacts and the client wants it. */
  async function send(threadId: string, number: number): Promise<void> {
    const thread = await repository.findThread(threadId);
    if (thread?.status !== 'waiting' || thread.followUpsSent >= number || thread.requestId === null) return;
    const client = await deps.findClient(thread.clientId);
    if (client === undefined) return;
    const view = await scheduling.get(client.id, thread.requestId);
    if (view.status !== 'open') return;
    const { preferences } = await scheduling.requestContext(client.id, thread.requestId);
    if (number > preferences.followUps.count) return;
    const isReserved = await deps.reserve({
      clientId: client.id,
      threadKey: thread.threadKey,
      senderEmail: client.email.toLowerCase(),
      dedupeKey: `${thread.id}:follow-up:${number}`,
    });
    if (!isReserved) return;
    const lastId = thread.messageIds.at(-1);
    await deps.enqueueMail({
      clientId: client.id,
      dedupeKey: `inbound:${thread.id}:follow-up:${number}`,
      to: [...thread.contactEmails, client.email.toLowerCase()],
      subject: replySubject(thread.subject),
      textBody: followUpText({
        language: thread.language as ThreadLanguage,
        clientName: client.name === '' ? client.email : client.name,
        bookingUrl: view.bookingLink?.url ?? '',
      }),
      headers: {
        ...threadingHeaders({ messageId: lastId, references: thread.messageIds.slice(0, -1) }),
        ...AUTOMATIC_HEADERS,
      },
    });
    await repository.updateThread(thread.id, { followUpsSent: number });
    await schedule({ thread, view, number: number + 1 });
  }

  /** The job: sends the reminder once it is due by the service's clock, else queues it again. */
  async function run(job: FollowUpJob): Promise<void> {
    if (job.dueAtMs === undefined || clock.nowMs() >= job.dueAtMs) return send(job.threadId, job.number);
    const thread = await repository.findThread(job.threadId);
    // An answer or a booking stopped the thread: drop the job rather than wait for it to be due.
    if (thread?.status !== 'waiting' || thread.followUpsSent >= job.number) return;
    await enqueue(job);
  }

  deps.jobs.define<FollowUpJob>(FOLLOW_UP_JOB, run, { retryLimit: 10, retryDelaySeconds: 60 });

  return { schedule, send };
}
