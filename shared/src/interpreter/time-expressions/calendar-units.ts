import { civilFromDayIndex, dayIndexOf, isoWeekdayOfDayIndex } from '../../slot-engine/zoned-time.js';
import type { TimeConstraint } from './time-constraint.js';

/** Calendar units a relative expression counts in ("next week", "le mois prochain"). */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year';

/** Civil-day index of the first day of a month; months past 12 or below 1 roll into other years. */
export function monthStartDay(year: number, month: number): number {
  const zeroBased = month - 1;
  return dayIndexOf({ year: year + Math.floor(zeroBased / 12), month: (((zeroBased % 12) + 12) % 12) + 1, day: 1 });
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: number): number {
  return day - isoWeekdayOfDayIndex(day) + 1;
}

/**
 * The anchor of the unit `offset` steps from the one containing `today`.
 * Weeks are Monday 00:00 to Saturday 00:00 (contract: the weekend only when said);
 * a weekend is Saturday to Monday.
 */
export function unitAnchor(unit: CalendarUnit, offset: number, today: number): TimeConstraint {
  const civil = civilFromDayIndex(today);
  switch (unit) {
    case 'day':
      return { anchorFromDay: today + offset, anchorToDay: today + offset + 1 };
    case 'week': {
      const monday = mondayOf(today) + 7 * offset;
      return { anchorFromDay: monday, anchorToDay: monday + 5, isWeekAnchor: true };
    }
    case 'weekend': {
      const saturday = mondayOf(today) + 5 + 7 * offset;
      return { anchorFromDay: saturday, anchorToDay: saturday + 2 };
    }
    case 'month':
      return {
        anchorFromDay: monthStartDay(civil.year, civil.month + offset),
        anchorToDay: monthStartDay(civil.year, civil.month + offset + 1),
        isMonthAnchor: true,
      };
    case 'quarter': {
      const firstMonth = Math.floor((civil.month - 1) / 3) * 3 + 1 + 3 * offset;
      return {
        anchorFromDay: monthStartDay(civil.year, firstMonth),
        anchorToDay: monthStartDay(civil.year, firstMonth + 3),
      };
    }
    case 'year':
      return {
        anchorFromDay: monthStartDay(civil.year + offset, 1),
        anchorToDay: monthStartDay(civil.year + offset + 1, 1),
      };
  }
}

/** Reads a unit word in either language ("weeks", "semaine", "mois", "yr"); undefined when not one. */
export function readUnit(word: string): CalendarUnit | 'minute' | 'hour' | 'second' | undefined {
  if (/^(?:seconds?|secs?|secondes?|")$/.test(word)) return 'second';
  if (/^(?:minutes?|mins?|'|mn)$/.test(word)) return 'minute';
  if (/^(?:hours?|hrs?|h|heures?)$/.test(word)) return 'hour';
  if (/^(?:days?|jours?|journees?)$/.test(word)) return 'day';
  if (/^(?:weeks?|semaines?|wks?)$/.test(word)) return 'week';
  if (/^(?:week-?ends?|weekends?|wkends?|week ends?)$/.test(word)) return 'weekend';
  if (/^(?:months?|mois)$/.test(word)) return 'month';
  if (/^(?:quarters?|qtrs?|trimestres?)$/.test(word)) return 'quarter';
  if (/^(?:years?|yrs?|ans?|annees?)$/.test(word)) return 'year';
  return undefined;
}

/** Step of a relative word: this = 0, next = 1, last = -1; undefined when not one. */
export function readStep(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const trimmed = word.trim();
  if (/^(?:this|current|ce|cet|cette|the current|en cours|courant|la)$/.test(trimmed)) return 0;
  if (
    /^(?:next|coming|upcoming|following|the following|the next|the coming|prochaine?|suivante?|d'apres|qui suit|qui vient)$/.test(
      trimmed,
    )
  )
    return 1;
  if (/^(?:last|past|previous|the last|the past|the previous|derniere?|passee?|precedente?)$/.test(trimmed)) return -1;
  return undefined;
}
