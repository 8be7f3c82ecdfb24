/**
 * Booking from a link: accept only a slot the server would offer now (S14), reserve it atomically
 * (the exclusion constraint; a lost race is a 409 with fresh slots), one meeting per request (a
 * booked link answers 409 `already_booked` until that booking is cancelled), answer the same to a repeated
 * Idempotency-Key, then hand the side effects to durable jobs: the calendar event (outbox sync by
 * sequence) and the emails (notification outbox). Cancel and reschedule bump the sequence, so the
 * ICS (same UID, SEQUENCE+1) and the calendar follow.
 *
 * Manage tokens: `HMAC-SHA256(signingSecret, "booking-manage:" + bookingId)`, stored hashed, so a
 * replayed request can be answered with the same manage URL without keeping the token.
 */
import { createHmac, randomUUID } from 'node:crypto';
import {
  formatIsoInstant,
  isValidTimeZone,
  parseIsoInstant,
  type BookingConfirmation,
  type BookingForm,
  type CreateBookingBody,
  type ManagedBookingView,
  type PublicLinkView,
  type PublicMeeting,
  type PublicSlotsView,
  type RescheduleBookingBody,
} from '@slash/shared';
import type { Clock } from '../clock.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-error.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { NotificationService } from '../notifications/service.js';
import { hashLinkToken, type LinkContext, type SchedulingService } from '../scheduling/service.js';
import { AlreadyBookedError, BookingCancelledError, IdempotencyMismatchError } from './errors.js';
import { buildBookingIcs, queueBookingEmails, recipientsOf, type EmailThreadLookup } from './booking-emails.js';
import { sqlStateOf } from '../db/errors.js';
import type { BookingRepository, BookingRow } from './repository.js';

const MINUTE_MS = 60_000;
/** How far ahead a client's upcoming bookings are listed, and how many at most. */
const UPCOMING_HORIZON_MS = 400 * 86_400_000;
const UPCOMING_LIMIT = 100;

/** A client's booking as the client sees it (email channel requests, #9): when, what, with whom. */
export interface ClientBookingView {
  readonly bookingId: string;
  readonly requestId: string;
  readonly start: string;
  readonly end: string;
  readonly type: string;
  readonly contacts: readonly { email: string; name: string | null; optional: boolean }[];
}

/** What the service needs. */
export interface BookingDeps {
  readonly repository: BookingRepository;
  readonly scheduling: SchedulingService;
  readonly notifications: NotificationService;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly publicBaseUrl: string;
  readonly signingSecret: string | undefined;
  /** The email conversation of a request (email channel): booking emails then answer in it. */
  readonly emailThreadOf?: EmailThreadLookup;
}

/** The job that writes bookings to the client's calendar. */
export const CALENDAR_SYNC_JOB = 'booking-calendar-sync';

/** Creates the booking service. */
export function createBookingService(deps: BookingDeps) {
  const { repository, scheduling, clock } = deps;

  function manageToken(bookingId: string): string {
    if (deps.signingSecret === undefined) throw new Error('SIGNING_SECRET is required to issue manage links');
    return createHmac('sha256', deps.signingSecret).update(`booking-manage:${bookingId}`).digest('base64url');
  }

  function confirmation(booking: BookingRow): BookingConfirmation {
    const token = manageToken(booking.id);
    return {
      bookingId: booking.id,
      start: booking.startsAt.toISOString(),
      end: booking.endsAt.toISOString(),
      manageUrl: `${deps.publicBaseUrl}/m/${token}`,
      icsUrl: `${deps.publicBaseUrl}/v1/public/bookings/${token}/invite.ics`,
    };
  }

  function publicMeeting(context: Omit<LinkContext, 'link'>): PublicMeeting {
    const isRemote = !context.preferences.meetingTypes[context.effective.type].isInPerson;
    return {
      type: context.effective.type,
      durationMinutes: context.effective.durationMinutes,
      location: isRemote ? null : context.effective.location,
      isRemote,
    };
  }

  async function freeSlotsView(
    context: Omit<LinkContext, 'link'>,
    timeZone: string,
    except?: BookingRow,
  ): Promise<PublicSlotsView> {
    const slots = await scheduling.freeSlots(
      context,
      except === undefined
        ? undefined
        : { id: except.id, startMs: except.startsAt.getTime(), endMs: except.endsAt.getTime() },
    );
    return {
      timeZone,
      slots: slots.map((slot) => ({ start: formatIsoInstant(slot.startMs), end: formatIsoInstant(slot.endMs) })),
    };
  }

  /** Validates the zone and start of a booking body; the slot's start in epoch ms. */
  function parseChoice(body: { start: string; timeZone: string }): number {
    if (!isValidTimeZone(body.timeZone))
      throw new InvalidInputError('body.timeZone', `"${body.timeZone}" is not an IANA time zone`);
    const startMs = parseIsoInstant(body.start);
    if (startMs === undefined) throw new InvalidInputError('body.start', 'must be an ISO 8601 instant with an offset');
    return startMs;
  }

  /** 409 when another booking holds the time (a lost race), 400 when the time was never offered. */
  async function refuseChoice(
    context: Omit<LinkContext, 'link'>,
    choice: { startMs: number; timeZone: string; except?: BookingRow },
  ): Promise<never> {
    const { startMs, timeZone, except } = choice;
    const durationMs = context.effective.durationMinutes * MINUTE_MS;
    const booked = await repository.listBlockedRanges({
      clientId: context.client.id,
      fromMs: startMs - durationMs,
      toMs: startMs + 2 * durationMs,
      exceptBookingId: except?.id,
    });
    if (booked.length > 0) await slotTaken(context, timeZone, except);
    throw new InvalidInputError('body.start', 'is not one of the times offered by this link');
  }

  async function slotTaken(context: Omit<LinkContext, 'link'>, timeZone: string, except?: BookingRow): Promise<never> {
    const fresh = await freeSlotsView(context, timeZone, except);
    throw new ConflictError('This time was just taken. Please pick another one.', {
      extensions: { slots: fresh.slots },
    });
  }

  async function replay(
    clientId: string,
    scopedKey: string,
    startMs: number,
  ): Promise<BookingConfirmation | undefined> {
    const existing = await repository.findByIdempotencyKey(clientId, scopedKey);
    if (existing === undefined) return undefined;
    if (existing.startsAt.getTime() !== startMs)
      throw new IdempotencyMismatchError('This Idempotency-Key was used for another booking.');
    return confirmation(existing);
  }

  async function afterChange(booking: BookingRow): Promise<void> {
    const context = await scheduling.requestContext(booking.clientId, booking.requestId);
    await queueBookingEmails({
      notifications: deps.notifications,
      context,
      booking,
      manageUrl: confirmation(booking).manageUrl,
      stampMs: clock.nowMs(),
      thread: await deps.emailThreadOf?.(booking.clientId, booking.requestId),
    });
    await deps.jobs.send(CALENDAR_SYNC_JOB, { bookingId: booking.id });
  }

  /** The request's confirmed booking, as the link page shows it (null while the link is bookable). */
  async function bookedFor(context: Omit<LinkContext, 'link'>): Promise<{ start: string; end: string } | null> {
    const booking = await repository.findConfirmedForRequest(context.client.id, context.request.id);
    return booking === undefined ? null : { start: booking.startsAt.toISOString(), end: booking.endsAt.toISOString() };
  }

  async function refuseIfBooked(context: Omit<LinkContext, 'link'>): Promise<void> {
    const booked = await bookedFor(context);
    if (booked !== null)
      throw new AlreadyBookedError('This meeting is already booked.', { extensions: { bookedFor: booked } });
  }

  async function managedBooking(token: string): Promise<BookingRow> {
    const booking =
      token.length < 20 || token.length > 100
        ? undefined
        : await repository.findByManageTokenHash(hashLinkToken(token));
    if (booking === undefined) throw new NotFoundError('This booking does not exist.');
    return booking;
  }

  /** The booking of a manage link, refusing a cancelled one with 409 (see BookingCancelledError). */
  async function movableBooking(token: string): Promise<BookingRow> {
    const booking = await managedBooking(token);
    if (booking.status !== 'confirmed') throw new BookingCancelledError('This booking was cancelled.');
    return booking;
  }

  /** The client's own booking by id; NotFoundError for another tenant's (never revealed) or an unknown one. */
  async function ownBooking(clientId: string, bookingId: string): Promise<BookingRow> {
    const booking = await repository.findBooking(bookingId);
    if (booking === undefined || booking.clientId !== clientId) throw new NotFoundError('This booking does not exist.');
    return booking;
  }

  async function clientView(booking: BookingRow): Promise<ClientBookingView> {
    const context = await scheduling.requestContext(booking.clientId, booking.requestId);
    return {
      bookingId: booking.id,
      requestId: booking.requestId,
      start: booking.startsAt.toISOString(),
      end: booking.endsAt.toISOString(),
      type: context.effective.type,
      contacts: recipientsOf(context, booking).map((person) => ({
        email: person.email.toLowerCase(),
        name: person.name === undefined || person.name === null || person.name === '' ? null : person.name,
        optional: person.isOptional === true,
      })),
    };
  }

  const clientOperations = {
    /**
     * The client's confirmed bookings that have not started, soonest first, with their contacts. The
     * repository lists blocked ranges with their RFC 5545 UID (`<bookingId>@slash`); each is read back
     * by id and kept only if it is this client's, confirmed, upcoming booking with that very UID.
     */
    async upcomingForClient(clientId: string): Promise<ClientBookingView[]> {
      const nowMs = clock.nowMs();
      const ranges = await repository.listBlockedRanges({ clientId, fromMs: nowMs, toMs: nowMs + UPCOMING_HORIZON_MS });
      const rows: BookingRow[] = [];
      for (const range of ranges.filter((candidate) => candidate.blocks).slice(0, UPCOMING_LIMIT)) {
        const row = await repository.findBooking(range.uid.replace(/@slash$/, ''));
        if (row?.clientId === clientId && row.icsUid === range.uid && row.status === 'confirmed') rows.push(row);
      }
      const upcoming = rows
        .filter((row) => row.startsAt.getTime() > nowMs)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return Promise.all(upcoming.map(clientView));
    },
    /** Cancels the client's booking as its manage link would (CANCEL to the contacts, calendar follows). */
    async cancelForClient(clientId: string, bookingId: string): Promise<ClientBookingView> {
      const booking = await ownBooking(clientId, bookingId);
      await service.cancel(manageToken(booking.id));
      return clientView(booking);
    },
    /** The times the client's booking may move to: exactly `rescheduleSlots` of its manage link. */
    async rescheduleSlotsForClient(clientId: string, bookingId: string, timeZone: string): Promise<PublicSlotsView> {
      const booking = await ownBooking(clientId, bookingId);
      return service.rescheduleSlots(manageToken(booking.id), timeZone);
    },
    /**
     * Moves the client's booking to `start` as its manage link would (REQUEST with SEQUENCE+1 to the
     * contacts, calendar follows); the booker keeps the time zone they booked in.
     */
    async rescheduleForClient(clientId: string, bookingId: string, start: string): Promise<BookingConfirmation> {
      const booking = await ownBooking(clientId, bookingId);
      const context = await scheduling.requestContext(clientId, booking.requestId);
      const timeZone = booking.contactTimeZone ?? context.preferences.timeZone;
      return service.reschedule(manageToken(booking.id), { start, timeZone });
    },
  };

  const service = {
    ...clientOperations,
    /** The manage URL of a booking (used by the calendar sync's repair pass). */
    manageUrlOf: (booking: BookingRow) => confirmation(booking).manageUrl,
    async linkView(token: string): Promise<PublicLinkView> {
      const context = await scheduling.openLink(token);
      const contactZone = await scheduling.contactTimeZone(
        context.client.id,
        context.effective.contacts.map((contact) => contact.email),
      );
      return {
        clientName: context.client.name,
        meeting: publicMeeting(context),
        language: (context.request.interpretation as { language?: string }).language === 'en' ? 'en' : 'fr',
        contactTimeZone: contactZone,
        privacyNoticeUrl: `${deps.publicBaseUrl}/privacy`,
        bookedFor: await bookedFor(context),
      };
    },
    async slots(token: string, timeZone: string): Promise<PublicSlotsView> {
      if (!isValidTimeZone(timeZone))
        throw new InvalidInputError('querystring.timeZone', `"${timeZone}" is not an IANA time zone`);
      const context = await scheduling.openLink(token);
      await refuseIfBooked(context);
      return freeSlotsView(context, timeZone);
    },
    /** Books a slot of a link; see the module comment. */
    async book(token: string, body: CreateBookingBody, idempotencyKey: string): Promise<BookingConfirmation> {
      const context = await scheduling.openLink(token);
      const startMs = parseChoice(body);
      const scopedKey = `${context.link.id}:${idempotencyKey}`;
      const replayed = await replay(context.client.id, scopedKey, startMs);
      if (replayed !== undefined) return replayed;
      await refuseIfBooked(context);
      const offered = await scheduling.freeSlots(context);
      const slot = offered.find((candidate) => candidate.startMs === startMs);
      if (slot === undefined) {
        // Someone may have booked this link's meeting while the times were computed.
        await refuseIfBooked(context);
        return refuseChoice(context, { startMs, timeZone: body.timeZone });
      }
      const buffers = scheduling.buffersOf(context);
      const form: BookingForm = body.form ?? {};
      const bookingId = randomUUID();
      const nowMs = clock.nowMs();
      let booking: BookingRow;
      try {
        booking = await repository.insertBooking({
          id: bookingId,
          clientId: context.client.id,
          requestId: context.request.id,
          contactId: await scheduling.bookerContactId(context.client.id, context.effective, form.email),
          startsAt: new Date(slot.startMs),
          endsAt: new Date(slot.endMs),
          blockedFrom: new Date(slot.startMs - buffers.beforeMinutes * MINUTE_MS),
          blockedUntil: new Date(slot.endMs + buffers.afterMinutes * MINUTE_MS),
          formAnswers: Object.fromEntries(
            Object.entries(form).filter(([, value]) => typeof value === 'string' && value !== ''),
          ) as Record<string, string>,
          contactTimeZone: body.timeZone,
          manageTokenHash: hashLinkToken(manageToken(bookingId)),
          icsUid: `${bookingId}@slash`,
          idempotencyKey: scopedKey,
          createdAt: new Date(nowMs),
          updatedAt: new Date(nowMs),
        });
      } catch (error) {
        const state = sqlStateOf(error);
        if (state !== '23P01' && state !== '23505') throw error;
        const winner = await replay(context.client.id, scopedKey, startMs);
        if (winner !== undefined) return winner;
        await refuseIfBooked(context);
        return slotTaken(context, body.timeZone);
      }
      await scheduling.markBooked(context.client.id, context.request.id);
      await afterChange(booking);
      return confirmation(booking);
    },
    async managedView(token: string): Promise<ManagedBookingView> {
      const booking = await managedBooking(token);
      const context = await scheduling.requestContext(booking.clientId, booking.requestId);
      return {
        start: booking.startsAt.toISOString(),
        end: booking.endsAt.toISOString(),
        status: booking.status === 'cancelled' ? 'cancelled' : 'confirmed',
        clientName: context.client.name,
        meeting: publicMeeting(context),
      };
    },
    /** The current invitation of a booking, for its booker (REQUEST, or CANCEL once cancelled). */
    async inviteIcs(token: string): Promise<string> {
      const booking = await managedBooking(token);
      const context = await scheduling.requestContext(booking.clientId, booking.requestId);
      const booker = await scheduling.contactById(booking.clientId, booking.contactId);
      return buildBookingIcs({ context, booking, recipient: booker, stampMs: clock.nowMs() });
    },
    async cancel(token: string): Promise<ManagedBookingView> {
      const booking = await managedBooking(token);
      const cancelled = await repository.updateConfirmed(booking.id, {
        status: 'cancelled',
        updatedAt: new Date(clock.nowMs()),
      });
      if (cancelled !== undefined) {
        await scheduling.reopen(cancelled.clientId, cancelled.requestId);
        await afterChange(cancelled);
      }
      return this.managedView(token);
    },
    /**
     * The times a booking may move to, computed live like its link's slots but with its own blocked
     * range and calendar event counted as free, so it can slide onto an overlapping or adjacent time.
     * Exactly what `reschedule` accepts (its current start included, which is a no-op move).
     */
    async rescheduleSlots(token: string, timeZone: string): Promise<PublicSlotsView> {
      if (!isValidTimeZone(timeZone))
        throw new InvalidInputError('querystring.timeZone', `"${timeZone}" is not an IANA time zone`);
      const booking = await movableBooking(token);
      const context = await scheduling.requestContext(booking.clientId, booking.requestId);
      return freeSlotsView(context, timeZone, booking);
    },
    async reschedule(token: string, body: RescheduleBookingBody): Promise<BookingConfirmation> {
      const booking = await movableBooking(token);
      const startMs = parseChoice(body);
      const context = await scheduling.requestContext(booking.clientId, booking.requestId);
      if (startMs === booking.startsAt.getTime()) return confirmation(booking);
      const offered = await scheduling.freeSlots(context, {
        id: booking.id,
        startMs: booking.startsAt.getTime(),
        endMs: booking.endsAt.getTime(),
      });
      const slot = offered.find((candidate) => candidate.startMs === startMs);
      if (slot === undefined) return refuseChoice(context, { startMs, timeZone: body.timeZone, except: booking });
      const buffers = scheduling.buffersOf(context);
      let moved: BookingRow | undefined;
      try {
        moved = await repository.updateConfirmed(booking.id, {
          startsAt: new Date(slot.startMs),
          endsAt: new Date(slot.endMs),
          blockedFrom: new Date(slot.startMs - buffers.beforeMinutes * MINUTE_MS),
          blockedUntil: new Date(slot.endMs + buffers.afterMinutes * MINUTE_MS),
          contactTimeZone: body.timeZone,
          updatedAt: new Date(clock.nowMs()),
        });
      } catch (error) {
        if (sqlStateOf(error) !== '23P01') throw error;
        return slotTaken(context, body.timeZone, booking);
      }
      if (moved === undefined) throw new BookingCancelledError('This booking was cancelled.');
      await afterChange(moved);
      return confirmation(moved);
    },
  };
  return service;
}

/** The booking service's interface. */
export type BookingService = ReturnType<typeof createBookingService>;
