import type { AvailabilityRequest } from './availability-request.js';
import { blockedDays, blockingIntervals } from './blocking-rules.js';
import { freeSlotStarts } from './free-slot-starts.js';
import { intersectIntervals, mergeIntervals, subtractIntervals, type Interval } from './intervals.js';
import { resolveMeetingType, type MeetingTypeRule } from './meeting-types.js';
import { annotateSlots, type PlannedSlot } from './annotate-slots.js';
import type { SlotQuery, WeeklyHours } from './slot-query.js';
import {
  DAY_MS,
  offsetTimeline,
  timelineLocalDayIndex,
  timelineWallToInstant,
  tryParseWallTime,
  type OffsetTimeline,
} from './zoned-time.js';

/** Every bookable slot of a request, with what ranking needs to know about each. */
export interface AvailabilityPlan {
  /** Ascending by start. */
  readonly slots: readonly PlannedSlot[];
  readonly meetingType: MeetingTypeRule;
  readonly durationMinutes: number;
  readonly stepMinutes: number;
  readonly timeline: OffsetTimeline;
}

/**
 * All free slots for a scheduling request, under every product rule: required attendees block,
 * meeting-type windows (client's zone) ∩ request windows − exclusions ∩ [now + notice, now + horizon],
 * travel time around events held elsewhere (in-person types), busy/tentative all-day events, the client
 * being in another city that day, the daily cap, buffers, date overrides and overnight hours.
 * Pure: `request.nowMs` is the clock. Cost: linear in events + slots after one sort.
 */
export function planAvailability(request: AvailabilityRequest): AvailabilityPlan {
  const client = request.client;
  const meetingType = resolveMeetingType(request.meeting.kind, client.meetingTypes);
  const durationMinutes = request.meeting.durationMinutes ?? meetingType.durationMinutes;
  const stepMinutes = client.stepMinutes ?? 15;
  const horizonEndMs = request.nowMs + (client.horizonDays ?? 14) * DAY_MS;
  const timeline = offsetTimeline(client.timeZone, request.nowMs - 2 * DAY_MS, horizonEndMs + 2 * DAY_MS);
  const buffers = {
    beforeMinutes: meetingType.bufferBeforeMinutes ?? client.bufferBeforeMinutes ?? 0,
    afterMinutes: meetingType.bufferAfterMinutes ?? client.bufferAfterMinutes ?? 0,
  };
  const allowedRanges = allowedInstants(request, timeline, horizonEndMs);
  const query: SlotQuery = {
    nowMs: request.nowMs,
    timeZone: client.timeZone,
    durationMinutes,
    stepMinutes,
    allowedRanges,
    minimumNoticeMinutes: client.minimumNoticeMinutes ?? 120,
    bufferBeforeMinutes: buffers.beforeMinutes,
    bufferAfterMinutes: buffers.afterMinutes,
    ...dailyHours(request, meetingType),
    busy: blockingIntervals(request, { meetingType, buffers }),
    maxResults: 0,
  };
  const free = freeSlotStarts(query);
  const slots = annotateSlots(free, { request, durationMinutes, stepMinutes });
  return { slots, meetingType, durationMinutes, stepMinutes, timeline };
}

/** Request windows (default: day after tomorrow → horizon) ∩ [now, horizon] − exclusions − blocked days. */
function allowedInstants(request: AvailabilityRequest, timeline: OffsetTimeline, horizonEndMs: number): Interval[] {
  const windows = request.windows ?? [defaultWindow(request, timeline, horizonEndMs)];
  const bounded = intersectIntervals(mergeIntervals(windows), [{ startMs: request.nowMs, endMs: horizonEndMs }]);
  const firstDay = timelineLocalDayIndex(timeline, request.nowMs);
  const lastDay = timelineLocalDayIndex(timeline, horizonEndMs);
  const dayRanges = blockedDays(request, { timeline, firstDay, lastDay }).map((dayIndex) => ({
    startMs: timelineWallToInstant(timeline, dayIndex * DAY_MS),
    endMs: timelineWallToInstant(timeline, (dayIndex + 1) * DAY_MS),
  }));
  return subtractIntervals(bounded, mergeIntervals([...(request.exclusions ?? []), ...dayRanges]));
}

/** PRODUCT.md: without a stated window, not before the day after tomorrow (local), up to the horizon. */
function defaultWindow(request: AvailabilityRequest, timeline: OffsetTimeline, horizonEndMs: number): Interval {
  const today = timelineLocalDayIndex(timeline, request.nowMs);
  return { startMs: timelineWallToInstant(timeline, (today + 2) * DAY_MS), endMs: horizonEndMs };
}

/**
 * The hours a slot must fit in: the type's windows on its weekdays, or the client's working hours.
 * Overrides replace working hours; for windowed types (lunch, drinks) only a day off carries over,
 * because an override of office hours says nothing about when the client has dinner.
 */
function dailyHours(
  request: AvailabilityRequest,
  meetingType: MeetingTypeRule,
): Pick<SlotQuery, 'workingHours' | 'dateOverrides'> {
  const overrides = (request.client.dateOverrides ?? []).map((override) => ({
    date: override.date,
    intervals: override.intervals.map(toWallInterval),
  }));
  if (meetingType.windows === undefined) {
    const weekdays = new Set(meetingType.weekdays);
    const workingHours: WeeklyHours[] = request.client.workingHours.map((rule) => ({
      ...toWallInterval(rule),
      weekdays: rule.weekdays.filter((weekday) => weekdays.has(weekday)),
    }));
    return { workingHours, dateOverrides: overrides };
  }
  const workingHours = meetingType.windows.map((window) => ({
    ...toWallInterval(window),
    weekdays: meetingType.weekdays,
  }));
  return { workingHours, dateOverrides: overrides.filter((override) => override.intervals.length === 0) };
}

/** `HH:MM` pair → minutes; a bad time in preferences is a programmer error (validated at the API edge). */
function toWallInterval(window: { readonly start: string; readonly end: string }): {
  startMinute: number;
  endMinute: number;
} {
  const startMinute = tryParseWallTime(window.start);
  const endMinute = tryParseWallTime(window.end);
  if (startMinute === undefined || endMinute === undefined) {
    throw new RangeError(`not a wall-time window: ${window.start}–${window.end}`);
  }
  return { startMinute, endMinute };
}
