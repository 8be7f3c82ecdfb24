/**
 * The one interface every calendar provider implements (Google, Microsoft Graph, CalDAV, built-in).
 * A connector is bound to one calendar connection (its credentials); calendars inside it are named by
 * their provider id (`externalId`). Instants are UTC epoch ms; ranges are half-open `[fromMs, toMs)`.
 *
 * Idempotency: events are named by their RFC 5545 UID. Each connector derives the provider-side
 * identity from the UID (Google event id, Graph transactionId + extended property, CalDAV object
 * name, built-in unique index), so a retried create never makes a second event.
 */

/** A time the client is not (fully) available, as read from a calendar. */
export interface BusyInterval {
  readonly startMs: number;
  readonly endMs: number;
  readonly location: string | null;
  readonly isAllDay: boolean;
  readonly availability: 'busy' | 'free' | 'tentative';
  /** Internal only: helps ranking/travel rules; never shown to contacts. */
  readonly title: string;
  /**
   * The event's RFC 5545 UID when the provider reports one (Slash's own UID on events Slash wrote):
   * availability recognises Slash's calendar copies of bookings by it, the bookings table being the
   * authority on where those meetings are.
   */
  readonly uid?: string;
}

/** A person invited to an event Slash writes. */
export interface EventAttendee {
  readonly email: string;
  readonly name?: string;
  readonly optional?: boolean;
}

/** An event Slash writes to a client's calendar. */
export interface CalendarEventInput {
  /** RFC 5545 UID, stable for the meeting's whole life. */
  readonly uid: string;
  readonly title: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly location: string | null;
  readonly description: string;
  readonly attendees: readonly EventAttendee[];
  readonly conference?: { readonly url: string };
}

/** A calendar as the provider lists it. */
export interface ProviderCalendar {
  readonly externalId: string;
  readonly name: string;
  readonly timeZone: string | null;
  readonly isPrimary: boolean;
  /** False for read-only calendars (holidays, shared calendars). */
  readonly canWrite: boolean;
}

/** The range a busy query covers, on one calendar. */
export interface BusyQuery {
  readonly calendarExternalId: string;
  readonly fromMs: number;
  readonly toMs: number;
}

/** Where an event Slash wrote lives at the provider. */
export interface WrittenEvent {
  readonly externalEventId: string;
}

/** One provider behind one connection. */
export interface CalendarConnector {
  listCalendars(): Promise<ProviderCalendar[]>;
  listBusyIntervals(query: BusyQuery): Promise<BusyInterval[]>;
  /** Creates the event, or returns the existing one with the same UID (retry-safe). */
  createEvent(calendarExternalId: string, event: CalendarEventInput): Promise<WrittenEvent>;
  /** Replaces the event with this UID (creates it when missing). */
  updateEvent(calendarExternalId: string, uid: string, event: CalendarEventInput): Promise<WrittenEvent>;
  /** Cancels the event with this UID; cancelling a missing event is a no-op. */
  cancelEvent(calendarExternalId: string, uid: string): Promise<void>;
}

/** Sorts intervals by start then end, without mutating the input. */
export function sortBusyIntervals(intervals: readonly BusyInterval[]): BusyInterval[] {
  return [...intervals].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}
