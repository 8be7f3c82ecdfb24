/**
 * The calendars domain: which calendars a client has, which of them block availability and which
 * receives new meetings, the merged busy intervals over all blocking calendars, and the events Slash
 * writes. Provider specifics live behind `CalendarConnector` (connector.ts); this service only picks
 * the connector for a connection. Every lookup is scoped by `clientId` (S5): another client's ids
 * find nothing, so no provider is ever called with a foreign credential.
 */
import type { Clock } from '../clock.js';
import { ConflictError, InvalidInputError, NotFoundError, ReconnectRequiredError } from '../errors/domain-error.js';
import { createBuiltinConnector } from './builtin-connector.js';
import { sortBusyIntervals, type BusyInterval, type CalendarConnector, type CalendarEventInput } from './connector.js';
import type { CalendarConnection, CalendarRow, CalendarsRepository } from './repository.js';

export type { BusyInterval, CalendarEventInput } from './connector.js';

/** Longest range one busy query may cover (bounds the provider calls a request can cause). */
export const MAX_BUSY_RANGE_MS = 400 * 86_400_000;

/** Builds the connector of a non-built-in connection (Google, Microsoft, CalDAV). */
export type ConnectorFactory = (context: {
  connection: CalendarConnection;
  calendars: readonly CalendarRow[];
}) => CalendarConnector;

/** What the calendars service needs. */
export interface CalendarServiceDeps {
  readonly repository: CalendarsRepository;
  readonly clock: Clock;
  /** Connectors of external providers; without it only built-in calendars are readable. */
  readonly connectorFor?: ConnectorFactory;
  /** Revokes a connection's grant at its provider before our copy is deleted (C10). */
  readonly revokeGrant?: (connection: CalendarConnection) => Promise<void>;
}

/** A connection as clients see it: never any token or credential. */
export interface ConnectionView {
  readonly id: string;
  readonly provider: string;
  readonly accountEmail: string;
  readonly status: string;
  readonly serverUrl: string | null;
  readonly createdAt: string;
}

/** A calendar as clients see it. */
export interface CalendarView {
  readonly id: string;
  readonly connectionId: string;
  readonly name: string;
  readonly timeZone: string | null;
  readonly blocksAvailability: boolean;
  readonly receivesNewMeetings: boolean;
}

/** Where an event Slash wrote went; null when the client has no calendar receiving new meetings. */
/**
 * What a calendar write answers: where it went; null when the client has no calendar receiving
 * meetings (nothing to write); `awaiting_reconnect` when that calendar's connection waits for the
 * client to reconnect it (the write must happen later, not be dropped).
 */
export type WriteResult =
  { readonly calendarId: string; readonly externalEventId: string } | null | typeof AWAITING_RECONNECT;

/** See {@link WriteResult}. */
export const AWAITING_RECONNECT = 'awaiting_reconnect';

/** Creates the calendars service. */
export function createCalendarService(deps: CalendarServiceDeps) {
  const { repository } = deps;

  const connectorOf = (connection: CalendarConnection, calendars: readonly CalendarRow[]): CalendarConnector => {
    if (connection.provider === 'builtin') {
      return createBuiltinConnector({ clientId: connection.clientId, calendars, repository, clock: deps.clock });
    }
    if (deps.connectorFor === undefined)
      throw new ConflictError(`Calendars of provider ${connection.provider} are not configured on this server.`);
    return deps.connectorFor({ connection, calendars });
  };

  /** The calendar receiving new meetings, with its connector; undefined when none, or when it awaits a reconnect. */
  const receivingCalendar = async (clientId: string) => {
    const calendars = await repository.listCalendars(clientId);
    const target = calendars.find((calendar) => calendar.receivesNewMeetings);
    if (target === undefined) return undefined;
    const connection = await repository.findConnection(clientId, target.connectionId);
    if (connection === undefined) return undefined;
    if (connection.status !== 'active') return AWAITING_RECONNECT;
    const siblings = calendars.filter((calendar) => calendar.connectionId === connection.id);
    return { calendar: target, connector: connectorOf(connection, siblings) };
  };

  return {
    /**
     * Busy intervals of every calendar of the client that blocks availability, over `[fromMs, toMs)`,
     * sorted by start. Connections waiting for a reconnect are skipped (the client is told in the UI).
     */
    async listBusyIntervals(clientId: string, fromMs: number, toMs: number): Promise<BusyInterval[]> {
      if (!(toMs > fromMs)) return [];
      if (toMs - fromMs > MAX_BUSY_RANGE_MS)
        throw new InvalidInputError('range', 'a busy query covers at most 400 days');
      const calendars = (await repository.listCalendars(clientId)).filter((calendar) => calendar.blocksAvailability);
      const connectionIds = [...new Set(calendars.map((calendar) => calendar.connectionId))];
      const perConnection = await Promise.all(
        connectionIds.map(async (connectionId) => {
          const connection = await repository.findConnection(clientId, connectionId);
          if (connection === undefined || connection.status !== 'active') return [];
          const own = calendars.filter((calendar) => calendar.connectionId === connectionId);
          const connector = connectorOf(connection, own);
          try {
            const lists = await Promise.all(
              own.map((calendar) =>
                connector.listBusyIntervals({ calendarExternalId: calendar.externalId, fromMs, toMs }),
              ),
            );
            return lists.flat();
          } catch (error) {
            // Credentials refused just now: the connection is marked and skipped, as it will be from now on.
            if (error instanceof ReconnectRequiredError) return [];
            throw error;
          }
        }),
      );
      return sortBusyIntervals(perConnection.flat());
    },

    /** Writes a new meeting to the calendar receiving new meetings; a retry with the same UID is a no-op. */
    async createEvent(clientId: string, event: CalendarEventInput): Promise<WriteResult> {
      const target = await receivingCalendar(clientId);
      if (target === undefined || target === AWAITING_RECONNECT) return target ?? null;
      const written = await target.connector.createEvent(target.calendar.externalId, event);
      return { calendarId: target.calendar.id, ...written };
    },

    /** Replaces the meeting with `event.uid` (creates it when it is missing). */
    async updateEvent(clientId: string, event: CalendarEventInput): Promise<WriteResult> {
      const target = await receivingCalendar(clientId);
      if (target === undefined || target === AWAITING_RECONNECT) return target ?? null;
      const written = await target.connector.updateEvent(target.calendar.externalId, event.uid, event);
      return { calendarId: target.calendar.id, ...written };
    },

    /** Cancels the meeting with `event.uid`; cancelling twice is a no-op. */
    async cancelEvent(
      clientId: string,
      event: Pick<CalendarEventInput, 'uid'>,
    ): Promise<typeof AWAITING_RECONNECT | undefined> {
      const target = await receivingCalendar(clientId);
      if (target === undefined || target === AWAITING_RECONNECT) return target;
      await target.connector.cancelEvent(target.calendar.externalId, event.uid);
      return undefined;
    },

    /**
     * Adds the provider's calendars of a connection that Slash does not know yet. The primary
     * calendar blocks availability; it also receives new meetings when no calendar does yet.
     */
    async syncCalendars(clientId: string, connectionId: string): Promise<void> {
      const connection = await repository.findConnection(clientId, connectionId);
      if (connection === undefined) throw new NotFoundError('No such connection.');
      const known = await repository.listCalendars(clientId);
      const listed = await connectorOf(
        connection,
        known.filter((row) => row.connectionId === connectionId),
      ).listCalendars();
      const hasReceiver = known.some((row) => row.receivesNewMeetings);
      await repository.insertCalendars(
        listed.map((calendar) => ({
          clientId,
          connectionId,
          externalId: calendar.externalId,
          name: calendar.name,
          timeZone: calendar.timeZone,
          blocksAvailability: calendar.isPrimary,
          receivesNewMeetings: calendar.isPrimary && calendar.canWrite && !hasReceiver,
        })),
      );
    },

    async listConnections(clientId: string): Promise<ConnectionView[]> {
      return (await repository.listConnections(clientId)).map(toConnectionView);
    },

    async listCalendars(clientId: string): Promise<CalendarView[]> {
      return (await repository.listCalendars(clientId)).map(toCalendarView);
    },

    /** Sets the flags of one calendar; only one calendar receives new meetings at a time. */
    async updateCalendar(
      clientId: string,
      calendarId: string,
      patch: { blocksAvailability?: boolean; receivesNewMeetings?: boolean },
    ): Promise<CalendarView> {
      return repository.transaction(async (tx) => {
        const existing = await tx.findCalendar(clientId, calendarId);
        if (existing === undefined) throw new NotFoundError('No such calendar.');
        if (patch.receivesNewMeetings === true) await tx.clearReceivesNewMeetings(clientId, calendarId);
        const updated = await tx.updateCalendar(clientId, calendarId, patch);
        if (updated === undefined) throw new NotFoundError('No such calendar.');
        return toCalendarView(updated);
      });
    },

    /** Removes a connection and its calendars (and, through the cascade, built-in events). */
    async disconnect(clientId: string, connectionId: string): Promise<void> {
      const connection = await repository.findConnection(clientId, connectionId);
      if (connection === undefined) throw new NotFoundError('No such connection.');
      await deps.revokeGrant?.(connection);
      await repository.deleteConnection(clientId, connectionId);
    },

    /** Revokes every provider grant of a client (account erasure); our copies go with the account. */
    async revokeGrants(clientId: string): Promise<void> {
      for (const connection of await repository.listConnections(clientId)) await deps.revokeGrant?.(connection);
    },

    /** Events of one calendar for the client's own ICS feed (built-in calendars only). */
    async listFeedEvents(clientId: string, calendarId: string, range: { fromMs: number; toMs: number }) {
      const calendar = await repository.findCalendar(clientId, calendarId);
      if (calendar === undefined) throw new NotFoundError('No such calendar.');
      const connection = await repository.findConnection(clientId, calendar.connectionId);
      if (connection?.provider !== 'builtin') throw new NotFoundError('Only the built-in calendar has a feed.');
      return {
        calendar: toCalendarView(calendar),
        events: await repository.listBuiltinEventsOfCalendars([calendar.id], range.fromMs, range.toMs),
      };
    },
  };
}

/** The calendars service's interface. */
export type CalendarService = ReturnType<typeof createCalendarService>;

function toConnectionView(row: CalendarConnection): ConnectionView {
  return {
    id: row.id,
    provider: row.provider,
    accountEmail: row.accountEmail,
    status: row.status,
    serverUrl: row.serverUrl,
    createdAt: row.createdAt.toISOString(),
  };
}

function toCalendarView(row: CalendarRow): CalendarView {
  return {
    id: row.id,
    connectionId: row.connectionId,
    name: row.name,
    timeZone: row.timeZone,
    blocksAvailability: row.blocksAvailability,
    receivesNewMeetings: row.receivesNewMeetings,
  };
}
