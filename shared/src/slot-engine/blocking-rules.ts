import type { AvailabilityRequest, CalendarEvent } from './availability-request.js';
import type { Interval } from './intervals.js';
import type { MeetingTypeRule } from './meeting-types.js';
import { DEFAULT_TRAVEL_MINUTES, normalisePlace, placeRelation } from './place-relation.js';
import { dayIndexOf, timelineLocalDayIndex, type OffsetTimeline } from './zoned-time.js';

const MINUTE_MS = 60_000;

/** What `blockingIntervals` needs beyond the request. */
export interface BlockingContext {
  readonly meetingType: MeetingTypeRule;
  readonly buffers: { readonly beforeMinutes: number; readonly afterMinutes: number };
}

/** Local days to consider, inclusive. */
export interface DayRange {
  readonly timeline: OffsetTimeline;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** True when the event keeps the client from meeting: busy, or tentative unless the client says otherwise. */
export function isBlocking(showAs: CalendarEvent['showAs'], tentativeBlocks: boolean | undefined): boolean {
  const status = showAs ?? 'busy';
  return status === 'busy' || (status === 'tentative' && tentativeBlocks !== false);
}

/**
 * Busy intervals to keep clear of: the client's blocking events, widened for travel when the meeting
 * is in person, and every required attendee's busy time. The engine already keeps `buffers` clear
 * around each, so an event only grows by what travel needs beyond the buffer (Clara's rule: the gap
 * is max(buffer, travel), not their sum).
 */
export function blockingIntervals(request: AvailabilityRequest, context: BlockingContext): Interval[] {
  const travelMinutes = { ...DEFAULT_TRAVEL_MINUTES, ...request.client.travelMinutes };
  const intervals: Interval[] = [];
  for (const event of request.events) {
    if (!isBlocking(event.showAs, request.client.tentativeBlocks)) continue;
    const travel = context.meetingType.isInPerson
      ? travelMinutes[placeRelation(event.location, request.meeting.location)]
      : 0;
    intervals.push({
      // An event after the meeting needs `travel` after the meeting's end: grow the event's start.
      startMs: event.startMs - Math.max(0, travel - context.buffers.afterMinutes) * MINUTE_MS,
      endMs: event.endMs + Math.max(0, travel - context.buffers.beforeMinutes) * MINUTE_MS,
    });
  }
  for (const attendee of request.attendees ?? []) {
    if (attendee.isRequired) intervals.push(...attendee.busy);
  }
  return intervals;
}

/**
 * Local days on which nothing may be proposed: a blocking all-day event, the daily cap already
 * reached by existing meetings, or (in person, with a known place) a free all-day event saying the
 * client is in another city. Ascending, may repeat.
 */
export function blockedDays(request: AvailabilityRequest, range: DayRange): number[] {
  const days: number[] = [];
  for (const event of request.allDayEvents ?? []) {
    const first = dayIndexOf(event.startDate);
    const end = event.endDate === undefined ? first + 1 : dayIndexOf(event.endDate);
    if (isBlocking(event.showAs, request.client.tentativeBlocks) || isElsewhere(request, event.title)) {
      for (let day = Math.max(first, range.firstDay); day < Math.min(end, range.lastDay + 1); day++) days.push(day);
    }
  }
  return [...days, ...cappedDays(request, range)].sort((a, b) => a - b);
}

/**
 * A free all-day event "names a place" when its title is one to three words without digits
 * ("London", "New York"): longer titles ("Team offsite planning week") are notes, not whereabouts.
 */
function isElsewhere(request: AvailabilityRequest, title: string | undefined): boolean {
  if (title === undefined || request.meeting.location === undefined) return false;
  const words = normalisePlace(title)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 3 || /\d/.test(title)) return false;
  return placeRelation(title, request.meeting.location) === 'elsewhere';
}

/** Days whose blocking timed events already reach `maxMeetingsPerDay`, counted on the client's local day. */
function cappedDays(request: AvailabilityRequest, range: DayRange): number[] {
  const cap = request.client.maxMeetingsPerDay;
  if (cap === undefined) return [];
  const counts = new Map<number, number>();
  for (const event of request.events) {
    if (!isBlocking(event.showAs, request.client.tentativeBlocks)) continue;
    const day = timelineLocalDayIndex(range.timeline, event.startMs);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts]
    .filter(([day, count]) => count >= cap && day >= range.firstDay && day <= range.lastDay)
    .map(([day]) => day);
}
