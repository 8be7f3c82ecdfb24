/**
 * The client's own ICS feed of a built-in calendar (RFC 5545), so the built-in calendar can be
 * subscribed to from any calendar app. ical-generator escapes TEXT values and folds lines.
 */
import ical, { ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { BuiltinEvent } from './repository.js';

/** The `.ics` text of a calendar's events; cancelled events stay in as STATUS:CANCELLED. */
export function buildCalendarFeed(input: { name: string; events: readonly BuiltinEvent[]; stampMs: number }): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Slash', product: 'Slash calendar feed', language: 'EN' },
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: new Date(input.stampMs),
      start: event.startsAt,
      end: event.endsAt,
      allDay: event.isAllDay,
      summary: event.title,
      location: event.location ?? undefined,
      description: event.description ?? undefined,
      status:
        event.cancelledAt === null
          ? event.availability === 'tentative'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED
          : ICalEventStatus.CANCELLED,
      transparency: event.availability === 'free' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      busystatus:
        event.availability === 'free'
          ? ICalEventBusyStatus.FREE
          : event.availability === 'tentative'
            ? ICalEventBusyStatus.TENTATIVE
            : ICalEventBusyStatus.BUSY,
    });
  }
  return calendar.toString();
}
