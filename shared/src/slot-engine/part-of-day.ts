import type { PartOfDay } from './availability-request.js';

/** Part of the day of a wall-clock minute (client's zone): morning < 12:00 ≤ afternoon < 18:00 ≤ evening. */
export function partOfDay(localMinute: number): PartOfDay {
  if (localMinute < 720) return 'morning';
  return localMinute < 1080 ? 'afternoon' : 'evening';
}
