/**
 * Flows rectification and erasure to the meetings Slash created. The booking domain keeps calendars
 * in step with bookings through an outbox: `bookings.sequence` is the state the calendar should
 * show, and its sync job writes (create, update or cancel, through the calendar service) every
 * booking whose calendar is behind. So a change here bumps the booking's sequence (cancelling bumps
 * it too) and enqueues that job; the job carries the booking id only.
 */
import { CALENDAR_SYNC_JOB } from '../booking/service.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { PrivacyRepository } from './repository.js';

/** Enqueues calendar updates for changed or cancelled bookings. */
export function createMeetingSync(deps: { repository: PrivacyRepository; jobs: JobQueue }) {
  const { repository, jobs } = deps;
  return {
    /** The contact of these bookings changed: their events must be rewritten. */
    async contactChanged(bookingIds: readonly string[]): Promise<void> {
      for (const bookingId of bookingIds) {
        await repository.bumpBookingSequence(bookingId);
        await jobs.send(CALENDAR_SYNC_JOB, { bookingId });
      }
    },
    /** These bookings were cancelled (sequence already bumped): their events must be cancelled. */
    async cancelled(bookingIds: readonly string[]): Promise<void> {
      for (const bookingId of bookingIds) await jobs.send(CALENDAR_SYNC_JOB, { bookingId });
    },
  };
}

/** The meeting sync's interface. */
export type MeetingSync = ReturnType<typeof createMeetingSync>;
