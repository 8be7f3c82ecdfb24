/** Builds the booking domain: service, calendar sync job, and the booked times scheduling reads. */
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { NotificationService } from '../notifications/service.js';
import type { BookedTimes, CalendarPort } from '../scheduling/availability.js';
import type { SchedulingService } from '../scheduling/service.js';
import type { EmailThreadLookup } from './booking-emails.js';
import { createCalendarSync } from './calendar-sync.js';
import { createBookingRepository } from './repository.js';
import { CALENDAR_SYNC_JOB, createBookingService, type BookingService } from './service.js';

/** Confirmed bookings' blocked ranges, for the availability shell. */
export function createBookedTimes(db: Database): BookedTimes {
  const repository = createBookingRepository(db);
  return { listBlockedRanges: (query) => repository.listBlockedRanges(query) };
}

/** The booking service over `db`; defines the calendar sync job on `jobs`. */
export function createBookingDomain(deps: {
  db: Database;
  scheduling: SchedulingService;
  notifications: NotificationService;
  calendar: CalendarPort;
  jobs: JobQueue;
  clock: Clock;
  config: AppConfig;
  retryDelaySeconds: number;
  onCalendarError: (error: unknown, bookingId: string) => void;
  emailThreadOf?: EmailThreadLookup | undefined;
}): BookingService {
  const threads = deps.emailThreadOf === undefined ? {} : { emailThreadOf: deps.emailThreadOf };
  const repository = createBookingRepository(deps.db);
  const bookings = createBookingService({
    repository,
    scheduling: deps.scheduling,
    notifications: deps.notifications,
    jobs: deps.jobs,
    clock: deps.clock,
    publicBaseUrl: deps.config.publicBaseUrl,
    signingSecret: deps.config.signingSecret,
    ...threads,
  });
  const calendarSync = createCalendarSync({
    repository,
    scheduling: deps.scheduling,
    calendar: deps.calendar,
    notifications: deps.notifications,
    clock: deps.clock,
    manageUrlOf: bookings.manageUrlOf,
    onError: deps.onCalendarError,
    ...threads,
  });
  deps.jobs.define(
    CALENDAR_SYNC_JOB,
    async () => {
      await calendarSync.drain();
    },
    { retryLimit: 20, retryDelaySeconds: deps.retryDelaySeconds },
  );
  return bookings;
}
