/**
 * The imperative shell around the product slot engine (STYLE.md §3): it gathers the client's busy
 * times (every blocking calendar, plus confirmed bookings' blocked ranges), the busy times of other
 * Slash clients among the attendees, and the preferences, then calls the pure
 * `planAvailability` / `proposeSlots`. Both the proposals and the booking page's live slots go
 * through `buildAvailabilityRequest`, so the page never offers what the proposals would not.
 *
 * The bookings table is the authority on Slash's meetings: a calendar event whose UID is a
 * booking's (the copy the calendar job wrote, or an invitation an attendee accepted) never counts
 * as busy; the booking's blocked range does while it is confirmed. So a cancelled or moved booking
 * frees its old time at once, before the calendar job has caught up.
 */
import {
  DAY_MS,
  addCivilDays,
  localDateAt,
  parseIsoInstant,
  startOfLocalDay,
  type AllDayEvent,
  type Attendee,
  type AvailabilityRequest,
  type CalendarEvent,
  type ClientPreferences,
  type EffectiveRequest,
  type Interval,
  type MeetingKind,
  type MeetingTypeRule,
  type Preferences,
} from '@slash/shared';
import type { ClientDirectory } from '../preferences/client-directory.js';

/** A busy interval as the calendars domain reports it (titles are never used here). */
export interface BusyInterval {
  readonly startMs: number;
  readonly endMs: number;
  readonly location: string | null;
  readonly isAllDay: boolean;
  readonly availability: 'busy' | 'free' | 'tentative';
  readonly title: string;
  /** The event's RFC 5545 UID, when its calendar reports one. */
  readonly uid?: string;
}

/** An event Slash writes to the calendar that receives new meetings. */
export interface CalendarEventInput {
  readonly uid: string;
  readonly title: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly location: string | null;
  readonly description: string;
  readonly attendees: readonly { readonly email: string; readonly name?: string; readonly optional?: boolean }[];
}

/** What a calendar write resolves to when the calendar receiving meetings waits for the client to reconnect it. */
export const AWAITING_RECONNECT = 'awaiting_reconnect';

/** What scheduling and booking need from the calendars domain (writes may resolve to {@link AWAITING_RECONNECT}). */
export interface CalendarPort {
  listBusyIntervals(clientId: string, fromMs: number, toMs: number): Promise<readonly BusyInterval[]>;
  createEvent(clientId: string, event: CalendarEventInput): Promise<unknown>;
  updateEvent(clientId: string, event: CalendarEventInput): Promise<unknown>;
  cancelEvent(clientId: string, event: CalendarEventInput): Promise<unknown>;
}

/** A booking's blocked range (buffers included) and UID; `blocks` is false for one listed only by UID. */
export interface BookedRange extends Interval {
  readonly uid: string;
  readonly blocks: boolean;
}

/** Bookings as availability needs them, from the booking domain. */
export interface BookedTimes {
  /**
   * The client's confirmed bookings meeting `[fromMs, toMs)` but `exceptBookingId` (`blocks: true`),
   * plus the client's other bookings whose UID is in `calendarUids`, whatever their status or time.
   */
  listBlockedRanges(query: {
    clientId: string;
    fromMs: number;
    toMs: number;
    exceptBookingId?: string | undefined;
    calendarUids?: readonly string[] | undefined;
  }): Promise<BookedRange[]>;
}

/** Everything the shell needs. */
export interface AvailabilityDeps {
  readonly calendar: CalendarPort;
  readonly clients: ClientDirectory;
  readonly bookedTimes: BookedTimes;
}

/** One request to plan: who, what, and when the client asked for. */
export interface AvailabilityInput {
  readonly clientId: string;
  readonly clientEmail: string;
  readonly preferences: Preferences;
  readonly effective: EffectiveRequest;
  readonly nowMs: number;
  /** When moving a booking: its own blocked range and calendar copies do not count as busy. */
  readonly exceptBooking?: { readonly id: string };
}

/** Version of the rules recorded with every proposal (automated decision record, G12). */
export const RULE_VERSION = 'slash-propose-slots/1';

const MINUTE_MS = 60_000;

/** The engine's request for `input`, with every busy time gathered. */
export async function buildAvailabilityRequest(
  deps: AvailabilityDeps,
  input: AvailabilityInput,
): Promise<AvailabilityRequest> {
  const { preferences, effective, nowMs } = input;
  const fromMs = nowMs - DAY_MS;
  const toMs = nowMs + (preferences.horizonDays + 2) * DAY_MS;
  const [calendarBusy, others] = await Promise.all([
    deps.calendar.listBusyIntervals(input.clientId, fromMs, toMs),
    otherClientsCalendars(deps, input, { fromMs, toMs }),
  ]);
  const booked = await deps.bookedTimes.listBlockedRanges({
    clientId: input.clientId,
    fromMs,
    toMs,
    exceptBookingId: input.exceptBooking?.id,
    // Attendees' calendars may hold invitations to this client's bookings: recognise those too.
    calendarUids: uidsOf([calendarBusy, ...others.map((other) => other.intervals)].flat()),
  });
  const bookingUids = new Set(booked.map((range) => range.uid));
  const busy = calendarBusy.filter((interval) => !isCopyOfBooking(interval, bookingUids));
  const events: CalendarEvent[] = [
    ...busy
      .filter((interval) => !interval.isAllDay)
      .map((interval) => ({
        startMs: interval.startMs,
        endMs: interval.endMs,
        showAs: interval.availability,
        ...(interval.location === null ? {} : { location: interval.location }),
      })),
    ...blockingRanges(booked).map((range) => ({ ...range, showAs: 'busy' as const })),
  ];
  const allDayEvents: AllDayEvent[] = busy
    .filter((interval) => interval.isAllDay)
    .map((interval) => toAllDay(interval, preferences.timeZone));
  const duration = effective.durationMinutes;
  return {
    nowMs,
    client: toClientPreferences(preferences),
    meeting: {
      kind: effective.type as MeetingKind,
      durationMinutes: duration,
      ...(effective.location === null ? {} : { location: effective.location }),
    },
    events,
    allDayEvents,
    attendees: await Promise.all(
      others.map((other) => otherClientBusy(deps, { other, bookingUids, range: { fromMs, toMs } })),
    ),
    ...(effective.timeWindows.length === 0
      ? {}
      : { windows: effective.timeWindows.map((window) => toInterval(window, duration, toMs)) }),
    exclusions: effective.excluded.map((window) => toInterval(window, 0, toMs)),
  };
}

/** Another Slash client among the contacts, with what their calendars say over the range. */
interface OtherClientCalendars {
  readonly id: string;
  readonly email: string;
  readonly timeZone: string;
  readonly isRequired: boolean;
  readonly intervals: readonly BusyInterval[];
}

/** The calendars of the other Slash clients among the contacts. */
async function otherClientsCalendars(
  deps: AvailabilityDeps,
  input: AvailabilityInput,
  range: { fromMs: number; toMs: number },
): Promise<OtherClientCalendars[]> {
  const emails = input.effective.contacts
    .map((contact) => contact.email.toLowerCase())
    .filter((email) => email !== input.clientEmail.toLowerCase());
  if (emails.length === 0) return [];
  const others = await deps.clients.findClientsByEmails(emails);
  return Promise.all(
    others
      .filter((other) => other.id !== input.clientId)
      .map(async (other) => {
        const contact = input.effective.contacts.find(
          (candidate) => candidate.email.toLowerCase() === other.email.toLowerCase(),
        );
        return {
          id: other.id,
          email: other.email,
          timeZone: other.timeZone,
          isRequired: contact?.optional !== true,
          intervals: await deps.calendar.listBusyIntervals(other.id, range.fromMs, range.toMs),
        };
      }),
  );
}

/**
 * Another client's busy times: required ones block, optional ones are reported. Copies of the
 * scheduling client's bookings (`bookingUids`) and of their own are left out; their own confirmed
 * bookings block through their blocked ranges.
 */
async function otherClientBusy(
  deps: AvailabilityDeps,
  context: { other: OtherClientCalendars; bookingUids: ReadonlySet<string>; range: { fromMs: number; toMs: number } },
): Promise<Attendee> {
  const { other, range } = context;
  const own = await deps.bookedTimes.listBlockedRanges({
    clientId: other.id,
    fromMs: range.fromMs,
    toMs: range.toMs,
    calendarUids: uidsOf(other.intervals),
  });
  const ownUids = new Set(own.map((booked) => booked.uid));
  const busy = other.intervals
    .filter(
      (interval) =>
        interval.availability !== 'free' &&
        !isCopyOfBooking(interval, context.bookingUids) &&
        !isCopyOfBooking(interval, ownUids),
    )
    .map((interval) =>
      interval.isAllDay ? wholeDays(interval, other.timeZone) : { startMs: interval.startMs, endMs: interval.endMs },
    );
  return { id: other.email.toLowerCase(), isRequired: other.isRequired, busy: [...busy, ...blockingRanges(own)] };
}

/** The distinct UIDs the calendars reported. */
function uidsOf(intervals: readonly BusyInterval[]): string[] {
  return [...new Set(intervals.flatMap((interval) => (interval.uid === undefined ? [] : [interval.uid])))];
}

/** True when the interval is a calendar copy of one of these bookings. */
function isCopyOfBooking(interval: BusyInterval, bookingUids: ReadonlySet<string>): boolean {
  return interval.uid !== undefined && bookingUids.has(interval.uid);
}

/** The ranges that block, as plain intervals. */
function blockingRanges(booked: readonly BookedRange[]): Interval[] {
  return booked.filter((range) => range.blocks).map((range) => ({ startMs: range.startMs, endMs: range.endMs }));
}

function wholeDays(interval: BusyInterval, timeZone: string): Interval {
  const first = localDateAt(timeZone, interval.startMs);
  const last = localDateAt(timeZone, Math.max(interval.startMs, interval.endMs - 1));
  return { startMs: startOfLocalDay(timeZone, first), endMs: startOfLocalDay(timeZone, addCivilDays(last, 1)) };
}

function toAllDay(interval: BusyInterval, timeZone: string): AllDayEvent {
  const startDate = localDateAt(timeZone, interval.startMs);
  const endDate = localDateAt(timeZone, interval.endMs);
  return {
    startDate,
    ...(endDate > startDate ? { endDate } : {}),
    showAs: interval.availability,
    title: interval.title,
  };
}

/** A contract window as an instant range: an exact start gives room for the meeting; an open end runs to `openEndMs`. */
function toInterval(window: { from: string; to: string | null }, durationMinutes: number, openEndMs: number): Interval {
  const startMs = parseIsoInstant(window.from) ?? Date.parse(window.from);
  const endMs = window.to === null ? openEndMs : (parseIsoInstant(window.to) ?? Date.parse(window.to));
  return { startMs, endMs: endMs === startMs ? startMs + durationMinutes * MINUTE_MS : endMs };
}

/** The engine's view of the preferences. */
export function toClientPreferences(preferences: Preferences): ClientPreferences {
  const workingHours = Object.entries(preferences.workingHours).flatMap(([weekday, intervals]) =>
    intervals.map((interval) => ({ weekdays: [Number(weekday)], start: interval.start, end: interval.end })),
  );
  const meetingTypes: Partial<Record<MeetingKind, Partial<MeetingTypeRule>>> = {};
  for (const [name, type] of Object.entries(preferences.meetingTypes) as [
    MeetingKind,
    Preferences['meetingTypes']['call'],
  ][]) {
    meetingTypes[name] = {
      durationMinutes: type.durationMinutes,
      // null windows: the client's working hours, every day they work.
      windows: type.windows ?? undefined,
      ...(type.windows === null ? { weekdays: [1, 2, 3, 4, 5, 6, 7] } : {}),
      preferredStart: type.preferredTime ?? undefined,
      bufferBeforeMinutes: type.bufferBeforeMinutes,
      bufferAfterMinutes: type.bufferAfterMinutes,
      isInPerson: type.isInPerson,
    };
  }
  const travel = preferences.travelMinutes;
  return {
    timeZone: preferences.timeZone,
    workingHours,
    dateOverrides: preferences.dateOverrides,
    // null: the engine's own rule, i.e. from the day after tomorrow (local) when the request states no
    // window, and its default notice (2 hours) inside a window the request states.
    ...(preferences.minimumNoticeMinutes === null ? {} : { minimumNoticeMinutes: preferences.minimumNoticeMinutes }),
    horizonDays: preferences.horizonDays,
    ...(preferences.maxMeetingsPerDay === null ? {} : { maxMeetingsPerDay: preferences.maxMeetingsPerDay }),
    travelMinutes: {
      'same-place': travel.samePlace,
      'same-city': travel.sameCity,
      elsewhere: travel.elsewhere,
      unknown: travel.unknown,
    },
    meetingTypes,
  };
}
