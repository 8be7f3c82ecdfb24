/**
 * Flows rectification and erasure to the meetings Slash created, through the job queue: a job per
 * booking, carrying ids and a keyed hash only (pg-boss keeps job data in clear). When the calendars
 * domain provides its service, the job goes through it (provider events); until then it updates the
 * built-in calendar's copy of the meeting, matched by the booking's RFC 5545 UID.
 */
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { PrivacyRepository } from './repository.js';
import { emailDigest } from './signed-token.js';

export const SYNC_MEETING_JOB = 'privacy.sync-meeting';

/** What a sync job does to one booking's calendar event. */
export interface SyncMeetingJob {
  readonly bookingId: string;
  readonly action: 'update' | 'cancel';
  /** HMAC of the contact's previous address, to find their attendee entry after a change of address. */
  readonly previousEmailDigest?: string;
}

/** The calendars domain's side of a meeting change, when it is wired in. */
export interface MeetingCalendarPort {
  updateMeeting(bookingId: string): Promise<void>;
  cancelMeeting(bookingId: string): Promise<void>;
}

/** Enqueues and runs meeting syncs. */
export function createMeetingSync(deps: { repository: PrivacyRepository; jobs: JobQueue; clock: Clock; signingSecret: string; calendar?: MeetingCalendarPort | undefined }) {
  const { repository, jobs, clock, signingSecret, calendar } = deps;
  return {
    async enqueue(job: SyncMeetingJob): Promise<void> {
      await jobs.send(SYNC_MEETING_JOB, job, { singletonKey: `sync:${job.bookingId}:${job.action}:${clock.nowMs()}` });
    },
    /** Job handler; idempotent (setting the same attendee or cancelling twice changes nothing more). */
    async run(job: SyncMeetingJob): Promise<void> {
      if (calendar !== undefined) {
        await (job.action === 'cancel' ? calendar.cancelMeeting(job.bookingId) : calendar.updateMeeting(job.bookingId));
        return;
      }
      const booking = await repository.findBooking(job.bookingId);
      if (booking === undefined) return;
      const event = await repository.findBuiltinEvent(booking.clientId, booking.icsUid);
      if (event === undefined) return;
      if (job.action === 'cancel') {
        if (event.cancelledAt === null) await repository.updateBuiltinEvent(event.id, { cancelledAt: new Date(clock.nowMs()), sequence: event.sequence + 1, updatedAt: new Date(clock.nowMs()) });
        return;
      }
      const contact = booking.contactId === null ? undefined : await repository.findContact(booking.clientId, booking.contactId);
      if (contact === undefined) return;
      const attendees = event.attendees.map((attendee) => {
        const isTheContact =
          (job.previousEmailDigest !== undefined && emailDigest(signingSecret, attendee.email) === job.previousEmailDigest) ||
          attendee.email.toLowerCase() === contact.email.toLowerCase();
        return isTheContact ? { ...attendee, email: contact.email, name: contact.name } : attendee;
      });
      if (JSON.stringify(attendees) === JSON.stringify(event.attendees)) return;
      await repository.updateBuiltinEvent(event.id, { attendees, sequence: event.sequence + 1, updatedAt: new Date(clock.nowMs()) });
    },
  };
}

/** The meeting sync's interface. */
export type MeetingSync = ReturnType<typeof createMeetingSync>;
