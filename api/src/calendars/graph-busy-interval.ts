/**
 * A Microsoft Graph event (as calendarView returns it) as a busy interval.
 *
 * Zone semantics:
 * - Timed events: asked with `Prefer: outlook.timezone="UTC"`, `start.dateTime` is a UTC wall time
 *   without offset (`2026-03-03T08:00:00.0000000`). If a server ignores the header, `timeZone` names
 *   the zone of the wall time and is honoured when it is an IANA name.
 * - All-day events ignore that header: they run midnight to midnight in the zone they were created
 *   in (`originalStartTimeZone`, also in `start.timeZone`). Windows zone names ("Romance Standard
 *   Time") are not IANA; then the calendar's zone is used, then UTC.
 * - `showAs`: free and workingElsewhere do not block (the client works, elsewhere: the location
 *   still feeds travel rules); tentative is tentative; busy, oof and unknown block.
 */
import { isValidTimeZone, wallTimeToInstant } from '@slash/shared';
import type { BusyInterval } from './connector.js';

/** The fields of a Graph event the busy mapping reads. */
export interface GraphEvent {
  readonly subject?: string | null;
  readonly start?: { readonly dateTime?: string; readonly timeZone?: string } | null;
  readonly end?: { readonly dateTime?: string; readonly timeZone?: string } | null;
  readonly isAllDay?: boolean;
  readonly showAs?: string;
  readonly isCancelled?: boolean;
  readonly location?: { readonly displayName?: string | null } | null;
  readonly originalStartTimeZone?: string | null;
  /** Present when the listing expanded extended properties (only the ones its filter named). */
  readonly singleValueExtendedProperties?: readonly { readonly id: string; readonly value: string }[] | null;
}

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * The busy interval of a Graph event, or undefined for cancelled or unreadable events. Its `uid` is
 * the value of the extended property `uidPropertyId` (Slash's UID on events Slash wrote).
 */
export function toGraphBusyInterval(
  event: GraphEvent,
  calendarTimeZone: string,
  uidPropertyId?: string,
): BusyInterval | undefined {
  if (event.isCancelled === true) return undefined;
  const isAllDay = event.isAllDay === true;
  const zone = isAllDay ? allDayZone(event, calendarTimeZone) : undefined;
  const startMs = instantOf(event.start, zone);
  const endMs = instantOf(event.end, zone);
  if (startMs === undefined || endMs === undefined || endMs <= startMs) return undefined;
  return {
    startMs,
    endMs,
    location: nonEmpty(event.location?.displayName),
    isAllDay,
    availability: availabilityOf(event.showAs),
    title: event.subject ?? '',
    ...uidOf(event, uidPropertyId),
  };
}

/** Property ids compare case-insensitively (Graph may answer with its own casing of the GUID). */
function uidOf(event: GraphEvent, propertyId: string | undefined): { uid?: string } {
  if (propertyId === undefined) return {};
  const wanted = propertyId.toLowerCase();
  const value = event.singleValueExtendedProperties?.find((property) => property.id.toLowerCase() === wanted)?.value;
  return value === undefined || value === '' ? {} : { uid: value };
}

function availabilityOf(showAs: string | undefined): BusyInterval['availability'] {
  if (showAs === 'free' || showAs === 'workingElsewhere') return 'free';
  if (showAs === 'tentative') return 'tentative';
  return 'busy';
}

function allDayZone(event: GraphEvent, calendarTimeZone: string): string {
  const candidates = [event.originalStartTimeZone, event.start?.timeZone, calendarTimeZone];
  return (
    candidates.find((zone): zone is string => typeof zone === 'string' && zone !== '' && isValidTimeZone(zone)) ?? 'UTC'
  );
}

/** Instant of a Graph dateTimeTimeZone; `forcedZone` (all-day) overrides its `timeZone`. */
function instantOf(time: GraphEvent['start'], forcedZone: string | undefined): number | undefined {
  const match = WALL_TIME.exec(time?.dateTime ?? '');
  if (match === null) return undefined;
  const named = time?.timeZone ?? 'UTC';
  const zone = forcedZone ?? (named === 'UTC' || !isValidTimeZone(named) ? 'UTC' : named);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return wallTimeToInstant(zone, match[1]!, minutes) + Number(match[4] ?? 0) * 1000;
}

function nonEmpty(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text;
}
