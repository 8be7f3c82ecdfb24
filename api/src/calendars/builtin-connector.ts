/**
 * The built-in calendar: events stored in `builtin_events` (self-hosting, demos, tests). Its
 * connection has one calendar per row of `calendars`; the connector reads them from the database.
 */
import type { Clock } from '../clock.js';
import type {
  BusyInterval,
  CalendarConnector,
  CalendarEventInput,
  ProviderCalendar,
  WrittenEvent,
} from './connector.js';
import type { BuiltinEvent, CalendarRow, CalendarQueries } from './repository.js';

/** What the built-in connector needs: its calendars (ids are our own) and the repository. */
export interface BuiltinConnectorDeps {
  readonly clientId: string;
  readonly calendars: readonly CalendarRow[];
  readonly repository: CalendarQueries;
  readonly clock: Clock;
}

/** The built-in connector. `calendarExternalId` is the `calendars.id` of a built-in calendar. */
export function createBuiltinConnector(deps: BuiltinConnectorDeps): CalendarConnector {
  const { repository, clock } = deps;
  const calendarOf = (externalId: string): CalendarRow => {
    const calendar = deps.calendars.find((row) => row.id === externalId || row.externalId === externalId);
    if (calendar === undefined) throw new RangeError(`built-in calendar ${externalId} is not part of this connection`);
    return calendar;
  };
  const write = async (calendarExternalId: string, event: CalendarEventInput): Promise<WrittenEvent> => {
    const calendar = calendarOf(calendarExternalId);
    const row = await repository.insertBuiltinEvent({
      ...toColumns(event),
      clientId: deps.clientId,
      calendarId: calendar.id,
      uid: event.uid,
    });
    return { externalEventId: row.id };
  };
  return {
    async listCalendars(): Promise<ProviderCalendar[]> {
      return deps.calendars.map((row) => ({
        externalId: row.externalId,
        name: row.name,
        timeZone: row.timeZone,
        isPrimary: row.externalId === 'primary',
        canWrite: true,
      }));
    },
    async listBusyIntervals(query): Promise<BusyInterval[]> {
      const rows = await repository.listBuiltinEvents(
        calendarOf(query.calendarExternalId).id,
        query.fromMs,
        query.toMs,
      );
      return rows.map(toBusyInterval);
    },
    createEvent: write,
    async updateEvent(calendarExternalId, uid, event) {
      const calendar = calendarOf(calendarExternalId);
      const row = await repository.updateBuiltinEvent(calendar.id, uid, {
        ...toColumns(event),
        cancelledAt: null,
        updatedAt: new Date(clock.nowMs()),
      });
      return row === undefined ? write(calendarExternalId, { ...event, uid }) : { externalEventId: row.id };
    },
    async cancelEvent(calendarExternalId, uid) {
      const calendar = calendarOf(calendarExternalId);
      const existing = await repository.findBuiltinEvent(calendar.id, uid);
      if (existing === undefined || existing.cancelledAt !== null) return;
      await repository.updateBuiltinEvent(calendar.id, uid, {
        cancelledAt: new Date(clock.nowMs()),
        updatedAt: new Date(clock.nowMs()),
      });
    },
  };
}

function toColumns(event: CalendarEventInput) {
  return {
    title: event.title,
    location: event.location,
    description:
      event.conference === undefined ? event.description : `${event.description}\n\n${event.conference.url}`.trim(),
    startsAt: new Date(event.startMs),
    endsAt: new Date(event.endMs),
    isAllDay: false,
    availability: 'busy',
    attendees: event.attendees.map((attendee) => ({ ...attendee })),
  };
}

/** A stored built-in event as a busy interval. */
export function toBusyInterval(row: BuiltinEvent): BusyInterval {
  const availability = row.availability === 'free' || row.availability === 'tentative' ? row.availability : 'busy';
  return {
    startMs: row.startsAt.getTime(),
    endMs: row.endsAt.getTime(),
    location: row.location,
    isAllDay: row.isAllDay,
    availability,
    title: row.title,
    uid: row.uid,
  };
}
