import type { Interval } from './intervals.js';
import type { MeetingKind } from '../contracts/interpretation.js';
import type { MeetingTypeRule, WallWindow } from './meeting-types.js';
import type { PlaceRelation } from './place-relation.js';

/** How an event shows on the calendar (Graph `showAs` / Google `transparency` + status). */
export type EventShowAs = 'busy' | 'tentative' | 'free';

/** A timed event of the client's calendar. Only times, status and location are read; titles never leave. */
export interface CalendarEvent {
  readonly startMs: number;
  readonly endMs: number;
  /** Default 'busy'. 'free' never blocks; 'tentative' blocks unless `tentativeBlocks` is false. */
  readonly showAs?: EventShowAs;
  /** Free text (address, room, city); drives travel time for in-person meetings. */
  readonly location?: string;
}

/** An all-day event, on the client's calendar dates `[startDate, endDate)`. */
export interface AllDayEvent {
  /** `YYYY-MM-DD`, first day. */
  readonly startDate: string;
  /** `YYYY-MM-DD`, exclusive; default the day after `startDate`. */
  readonly endDate?: string;
  /** 'busy' (and 'tentative' when it blocks) blocks the whole day; 'free' only tells where the client is. */
  readonly showAs: EventShowAs;
  /** For a free event, a city name ("London") says where the client is those days. */
  readonly title?: string;
}

/** Someone else invited, whose busy times are known (from their calendar or a free/busy query). */
export interface Attendee {
  /** Stable id (email address), echoed in `optionalAttendeesFree`. */
  readonly id: string;
  /** Required attendees' busy times block; optional ones never block, slots report who is free. */
  readonly isRequired: boolean;
  readonly busy: readonly Interval[];
}

/** A part of the day, in the client's zone: morning < 12:00 ≤ afternoon < 18:00 ≤ evening. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** A weekly working-hours rule; `end` before `start` continues into the next day (22:00–02:00). */
export interface WorkingHoursRule {
  readonly weekdays: readonly number[];
  readonly start: string;
  readonly end: string;
}

/** The client's scheduling preferences; every field but the zone and hours has a default. */
export interface ClientPreferences {
  /** IANA zone in which hours, types' windows, days and caps are read. */
  readonly timeZone: string;
  readonly workingHours: readonly WorkingHoursRule[];
  /** Replaces a date's working hours; `intervals: []` is a day off (no meeting of any type). */
  readonly dateOverrides?: readonly { readonly date: string; readonly intervals: readonly WallWindow[] }[];
  /** Default 120. */
  readonly minimumNoticeMinutes?: number;
  /** Nothing is proposed after now + this many days. Default 14 (PRODUCT: "the next two weeks"). */
  readonly horizonDays?: number;
  /** Default 0; a meeting type's own buffers win. */
  readonly bufferBeforeMinutes?: number;
  readonly bufferAfterMinutes?: number;
  /** Most meetings on one local day, existing ones included. Absent: no cap. */
  readonly maxMeetingsPerDay?: number;
  /** Default true: tentative events block like busy ones. */
  readonly tentativeBlocks?: boolean;
  /** Travel minutes per place relation; missing entries take `DEFAULT_TRAVEL_MINUTES`. */
  readonly travelMinutes?: Partial<Record<PlaceRelation, number>>;
  readonly preferredPartsOfDay?: readonly PartOfDay[];
  /** Per-type overrides of `DEFAULT_MEETING_TYPES`. */
  readonly meetingTypes?: Partial<Record<MeetingKind, Partial<MeetingTypeRule>>>;
  /** Grid of start times, default 15 minutes. */
  readonly stepMinutes?: number;
}

/** Everything the product engine needs for one scheduling request. Plain data; the clock is `nowMs`. */
export interface AvailabilityRequest {
  readonly nowMs: number;
  readonly client: ClientPreferences;
  readonly meeting: {
    readonly kind: MeetingKind;
    /** Default: the type's duration. */
    readonly durationMinutes?: number;
    /** Where it takes place (in person); drives travel time and the city check. */
    readonly location?: string;
  };
  readonly events: readonly CalendarEvent[];
  readonly allDayEvents?: readonly AllDayEvent[];
  readonly attendees?: readonly Attendee[];
  /**
   * The request's own windows ("next week"), as UTC instants; intersected with the type's windows and
   * the horizon. Absent: from the start of the day after tomorrow (client's zone) to the horizon.
   */
  readonly windows?: readonly Interval[];
  /** Instants the request rules out ("not Friday"). */
  readonly exclusions?: readonly Interval[];
}
