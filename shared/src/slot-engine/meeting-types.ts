/**
 * Meeting types and their default rules (PRODUCT.md, "Type-specific windows by default"). Every field
 * is a client preference: `resolveMeetingType` lays the client's overrides over these defaults.
 */

// The interpreter's contract owns the list of kinds, so what it reads is exactly what we schedule.
import type { MeetingKind } from '../contracts/interpretation.js';

/** A wall-clock window in the client's zone, `HH:MM` (`24:00` allowed as an end). */
export interface WallWindow {
  readonly start: string;
  readonly end: string;
}

/** How one meeting type is scheduled. */
export interface MeetingTypeRule {
  readonly durationMinutes: number;
  /** Windows the whole meeting must fit in, in the client's zone. Absent: the client's working hours. */
  readonly windows?: readonly WallWindow[];
  /** The time of day to aim for (lunch: 13:00); ranking prefers slots close to it. */
  readonly preferredStart?: string;
  /** Rank the first free slot of each day highest (breakfast: "the first available hour"). */
  readonly prefersEarliest?: boolean;
  /** ISO weekdays (1 = Monday) on which this type is offered. */
  readonly weekdays: readonly number[];
  /** In person: needs travel time from and to events held elsewhere. Calls and video need none. */
  readonly isInPerson: boolean;
  /** Buffers for this type; absent: the client's general buffers. */
  readonly bufferBeforeMinutes?: number;
  readonly bufferAfterMinutes?: number;
  /** Noun used in reasons: "your usual lunch time" / "votre heure habituelle de déjeuner". */
  readonly label: { readonly en: string; readonly fr: string };
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** Defaults from PRODUCT.md; calls, video calls and meetings use working hours. */
export const DEFAULT_MEETING_TYPES: Readonly<Record<MeetingKind, MeetingTypeRule>> = {
  breakfast: {
    durationMinutes: 60,
    windows: [{ start: '07:00', end: '10:00' }],
    prefersEarliest: true,
    weekdays: WEEKDAYS,
    isInPerson: true,
    label: { en: 'breakfast', fr: 'petit-déjeuner' },
  },
  coffee: {
    durationMinutes: 45,
    windows: [
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ],
    weekdays: WEEKDAYS,
    isInPerson: true,
    label: { en: 'coffee', fr: 'café' },
  },
  lunch: {
    durationMinutes: 90,
    windows: [{ start: '12:00', end: '14:30' }],
    preferredStart: '13:00',
    weekdays: WEEKDAYS,
    isInPerson: true,
    label: { en: 'lunch', fr: 'déjeuner' },
  },
  drinks: {
    durationMinutes: 60,
    windows: [{ start: '18:00', end: '21:00' }],
    weekdays: WEEKDAYS,
    isInPerson: true,
    label: { en: 'drinks', fr: 'verre' },
  },
  dinner: {
    durationMinutes: 120,
    windows: [{ start: '19:30', end: '23:30' }],
    preferredStart: '19:30',
    weekdays: WEEKDAYS,
    isInPerson: true,
    label: { en: 'dinner', fr: 'dîner' },
  },
  call: { durationMinutes: 30, weekdays: WEEKDAYS, isInPerson: false, label: { en: 'call', fr: 'appel' } },
  video: { durationMinutes: 30, weekdays: WEEKDAYS, isInPerson: false, label: { en: 'video call', fr: 'visio' } },
  meeting: { durationMinutes: 60, weekdays: WEEKDAYS, isInPerson: true, label: { en: 'meeting', fr: 'rendez-vous' } },
};

/** The rule for `kind`: the default with the client's overrides laid over it, field by field. */
export function resolveMeetingType(
  kind: MeetingKind,
  overrides?: Partial<Record<MeetingKind, Partial<MeetingTypeRule>>>,
): MeetingTypeRule {
  return { ...DEFAULT_MEETING_TYPES[kind], ...overrides?.[kind] };
}
