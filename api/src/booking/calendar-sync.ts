/**
 * Writes bookings to the client's calendar (outbox pattern, SECURITY.md §5.1): a job drains every
 * booking whose calendar is behind its `sequence`, leasing each so two workers never write one at
 * once. Create is idempotent by UID in the calendars domain, so a retry after an unknown outcome
 * cannot add a second event. A failure releases the lease and the job is retried with backoff; the
 * booking itself was confirmed long before (R2: the provider's outage never blocks a booking).
 */
import type { Clock } from '../clock.js';
import type { NotificationService } from '../notifications/service.js';
import { AWAITING_RECONNECT, type CalendarPort } from '../scheduling/availability.js';
import type { SchedulingService } from '../scheduling/service.js';
import { calendarEventOf, queueBookingEmails, type EmailThreadLookup } from './booking-emails.js';
import type { BookingRepository, BookingRow } from './repository.js';

const LEASE_MS = 120_000;
const MAX_PER_DRAIN = 500;

/** What the sync needs. */
export interface CalendarSyncDeps {
  readonly repository: BookingRepository;
  readonly scheduling: SchedulingService;
  readonly calendar: CalendarPort;
  readonly notifications: NotificationService;
  readonly clock: Clock;
  readonly manageUrlOf: (booking: BookingRow) => string;
  readonly onError?: (error: unknown, bookingId: string) => void;
  readonly emailThreadOf?: EmailThreadLookup;
}

/** Creates the drain; it throws after a pass in which any booking failed (so the job retries). */
export function createCalendarSync(deps: CalendarSyncDeps) {
  /** Writes one booking; 'deferred' when its calendar awaits a reconnect (written once reconnected). */
  async function syncOne(booking: BookingRow): Promise<'synced' | 'deferred'> {
    const context = await deps.scheduling.requestContext(booking.clientId, booking.requestId);
    // Repair pass: the emails of this state are queued even if the request that changed it crashed first.
    await queueBookingEmails({
      notifications: deps.notifications,
      context,
      booking,
      manageUrl: deps.manageUrlOf(booking),
      stampMs: deps.clock.nowMs(),
      thread: await deps.emailThreadOf?.(booking.clientId, booking.requestId),
    });
    const event = calendarEventOf(context, booking);
    let written: unknown;
    if (booking.status === 'cancelled') {
      if (booking.calendarSequence !== null) written = await deps.calendar.cancelEvent(booking.clientId, event);
    } else if (booking.calendarSequence === null) {
      written = await deps.calendar.createEvent(booking.clientId, event);
    } else {
      written = await deps.calendar.updateEvent(booking.clientId, event);
    }
    if (written === AWAITING_RECONNECT) return 'deferred';
    await deps.repository.markCalendarSynced(booking.id, booking.sequence, booking.icsUid);
    return 'synced';
  }

  return {
    /**
     * Writes every booking whose calendar is behind. Bookings whose calendar awaits a reconnect stay
     * behind without failing the pass: reconnecting the calendar runs the drain again.
     */
    async drain(): Promise<{ synced: number; failed: number; deferred: number }> {
      let synced = 0;
      const failedIds: string[] = [];
      const deferredIds: string[] = [];
      // A failed or deferred booking keeps its lease until the pass ends, so the pass moves on to the others.
      while (synced + failedIds.length + deferredIds.length < MAX_PER_DRAIN) {
        const now = deps.clock.nowMs();
        const booking = await deps.repository.claimCalendarSync(new Date(now), new Date(now + LEASE_MS));
        if (booking === undefined) break;
        try {
          if ((await syncOne(booking)) === 'deferred') deferredIds.push(booking.id);
          else synced += 1;
        } catch (error) {
          failedIds.push(booking.id);
          deps.onError?.(error, booking.id);
        }
      }
      for (const id of [...failedIds, ...deferredIds]) await deps.repository.releaseCalendarLease(id);
      const failed = failedIds.length;
      if (failed > 0) throw new Error(`${failed} booking(s) could not be written to the calendar; retrying later`);
      return { synced, failed, deferred: deferredIds.length };
    },
  };
}
