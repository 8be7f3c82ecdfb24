import { readNumber } from './time-lexicon.js';
import type { TimeConstraint } from './time-constraint.js';
import { clockOf, P, readMeridiem, rule, type ScanRule } from './time-rule.js';

const { hour: H, minute: M, meridiem: MER } = P;
/** French day-part suffixes that fix the meridiem of an hour ("8h du soir", "3h du mat"). */
const FR_SUFFIX = `(?:\\s+(du matin|du mat|du soir|de l'apres-midi|de l'apres midi|de la nuit))?`;

function num(text: string | undefined): number {
  return text === undefined ? 0 : (readNumber(text) ?? Number.NaN);
}

function withFrenchSuffix(clock: TimeConstraint | undefined, suffix: string | undefined): TimeConstraint | undefined {
  if (clock === undefined || suffix === undefined || clock.clockMinutes === undefined) return clock;
  const isPm = !suffix.includes('mat');
  const hour = Math.floor(clock.clockMinutes / 60);
  const minutes = hour < 12 && isPm ? clock.clockMinutes + 720 : clock.clockMinutes;
  return { clockMinutes: minutes };
}

/** "15:23:24": seconds are kept as a fraction of a minute (wall times are minutes of the day). */
function withSeconds(clock: TimeConstraint | undefined, seconds: string | undefined): TimeConstraint | undefined {
  if (clock?.clockMinutes === undefined || seconds === undefined) return clock;
  return { ...clock, clockMinutes: clock.clockMinutes + Number(seconds) / 60 };
}

function unambiguousIf(clock: TimeConstraint | undefined, isUnambiguous: boolean): TimeConstraint | undefined {
  if (clock === undefined || !isUnambiguous) return clock;
  return { clockMinutes: clock.clockMinutes ?? 0 };
}

/** Minutes past/to a reference clock ("quarter past 3pm", "midi moins le quart"). */
function offsetClock(base: TimeConstraint | undefined, offsetMinutes: number): TimeConstraint | undefined {
  if (base?.clockMinutes === undefined || Number.isNaN(offsetMinutes)) return undefined;
  return { ...base, clockMinutes: (base.clockMinutes + offsetMinutes + 1440) % 1440 };
}

/** The hour a "past/to" expression refers to: "3pm", "noon", "15h", "three". */
function readBaseHour(text: string): TimeConstraint | undefined {
  if (/^(noon|midi)$/.test(text)) return { clockMinutes: 720 };
  if (/^(midnight|minuit)$/.test(text)) return { clockMinutes: 0 };
  const match = new RegExp(`^(${H})\\s*(?:h|heures?)?\\s*(${MER})?$`).exec(text);
  if (match === null) return undefined;
  return clockOf(num(match[1]), 0, readMeridiem(match[2]));
}

const BASE = `(noon|midi|midnight|minuit|${H}\\s*(?:h|heures?)?\\s*(?:${MER})?)`;
const QUARTER = `(a quarter|quarter|half|${M}(?:\\s+minutes?)?)`;

function quarterValue(text: string): number {
  if (text.includes('quarter')) return 15;
  if (text === 'half') return 30;
  return num(text.replace(/\s+minutes?$/, ''));
}

/** Rules for clock times in both languages. Longer forms are listed first; overlaps keep the longest match. */
export const CLOCK_RULES: readonly ScanRule[] = [
  rule(`\\b(\\d{1,2})([:h])(\\d{2})(?::(\\d{2}))?(?:\\s*(${MER}|a|p)(?![a-z]))?${FR_SUFFIX}(?!\\s*[/:.]?\\d)`, (m) =>
    withSeconds(
      withFrenchSuffix(unambiguousIf(clockOf(num(m[1]), num(m[3]), readMeridiem(m[5])), m[2] === 'h'), m[6]),
      m[4],
    ),
  ),
  rule(`\\b(\\d{1,2})(\\d{2})\\s*(${MER})`, (m) => clockOf(num(m[1]), num(m[2]), readMeridiem(m[3]))),
  // British "7.30pm": a dot between hour and minutes only with am/pm ("12.05" alone may be a date).
  rule(`\\b(\\d{1,2})\\.(\\d{2})\\s*(${MER})`, (m) => clockOf(num(m[1]), num(m[2]), readMeridiem(m[3]))),
  rule(`(?<=\\b(?:at|@|around|approximately|about|vers)\\s*)(\\d{1,2})(\\d{2})(?:ish)?(?![\\d:./-])`, (m) =>
    clockOf(num(m[1]), num(m[2]), undefined),
  ),
  rule(`\\b(${H})(?:ish)?\\s*(${MER})`, (m) => clockOf(num(m[1]), 0, readMeridiem(m[2]))),
  rule(`\\b(${H})\\s+(${M})\\s*(${MER})`, (m) => clockOf(num(m[1]), num(m[2]), readMeridiem(m[3]))),
  rule(`(?<=\\b(?:at|@|from|to|till|until|-)\\s*)(\\d{1,2})(a|p)(?![a-z])`, (m) =>
    clockOf(num(m[1]), 0, readMeridiem(m[2])),
  ),
  rule(
    // "14 h 30", "9 h et quart"; in "14 h et 16 h" the "et" joins two hours.
    `\\b(${H})\\s*(?:h|heures?)(?:\\s*(?:et\\s+(quart|demie?|trois quarts)|(quart|demie?|trois quarts|${M}(?!\\s*(?:h|heures?)(?![a-z]))))(?:\\s+minutes?)?)?${FR_SUFFIX}(?![a-z0-9])`,
    (m) => {
      const tail = m[2] ?? m[3];
      const minute =
        tail === undefined
          ? 0
          : tail === 'quart'
            ? 15
            : tail.startsWith('demi')
              ? 30
              : tail === 'trois quarts'
                ? 45
                : num(tail);
      // "5h" is 24-hour notation (05:00); "5 heures" may be either, like "at 5".
      const clock = unambiguousIf(clockOf(num(m[1]), minute, undefined), /^\d{1,2}\s*h(?!eure)/.test(m[0]));
      return withFrenchSuffix(clock, m[4]);
    },
  ),
  rule(`\\b(${H})\\s*o'?\\s?clock(?:\\s*(${MER}))?`, (m) => clockOf(num(m[1]), 0, readMeridiem(m[2]))),
  rule(
    `(?<=\\b(?:at|@|around|about|vers|for|approximately|before|after|not before|no later than|until|till)\\s+)(${H})(?:[\\s.-]+(${M}))?(?:ish)?(?![\\d:/%-]|\\.\\d|\\s*(?:h\\b|heures?|hours?|minutes?|mins?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans?\\b|people|persons?|personnes?|of\\b|\\d))`,
    (m) => clockOf(num(m[1]), m[2] === undefined ? 0 : num(m[2]), undefined),
  ),
  // "10ish on Friday", "3:30-ish": about that hour, read as an exact start like "around 10".
  rule(`\\b(${H})(?:[:.](${M}))?\\s*-?ish\\b`, (m) =>
    clockOf(num(m[1]), m[2] === undefined ? 0 : num(m[2]), undefined),
  ),
  // "free from 6 on Thursday": an hour after "from", unless it opens a range ("from 3 to 5", "from 13 to 15 July").
  rule(
    `(?<=\\b(?:from|starting at|starting from)\\s+)(\\d{1,2})(?:ish)?(?![\\d:/%.-]|\\s*(?:h\\b|heures?|hours?|minutes?|mins?|days?|weeks?|months?|years?|st\\b|nd\\b|rd\\b|th\\b|of\\b|${P.month}|-|–|to\\b|till\\b|until\\b|and\\b|through\\b|\\d))`,
    (m) => (num(m[1]) >= 1 && num(m[1]) <= 12 ? clockOf(num(m[1]), 0, undefined) : undefined),
  ),
  rule(`(?<![:\\d])\\b${QUARTER}\\s+(?:past|after)\\s+${BASE}`, (m) =>
    offsetClock(readBaseHour(m[2] ?? ''), quarterValue(m[1] ?? '')),
  ),
  // "from 10 to noon" is a range, not ten to twelve.
  rule(
    `(?<![:\\d])(?<!\\b(?:from|between)\\s+)\\b${QUARTER}\\s+(?:to|till|before)\\s+(noon|midnight|${H}\\s*(?:${MER}))`,
    (m) => offsetClock(readBaseHour(m[2] ?? ''), -quarterValue(m[1] ?? '')),
  ),
  rule(`\\bhalf\\s+(${H})(?![a-z0-9])`, (m) => offsetClock(clockOf(num(m[1]), 0, undefined), 30)),
  rule(
    // "14 h 30", "midi et quart"; "14 h et 16 h" is two hours, so "et" comes only before a fraction.
    `\\b(midi|minuit|${H}\\s*(?:h|heures?))\\s+(et\\s+(?:quart|demie?|trois quarts)|quart|demie?|trois quarts|moins (?:le )?quart|moins\\s+${M}|passe de ${M}(?: minutes?)?|${M}(?!\\s*(?:h|heures?)(?![a-z])))(?![a-z0-9])`,
    (m) => {
      const base = readBaseHour((m[1] ?? '').replace(/\s*(h|heures?)$/, ''));
      const tail = (m[2] ?? '').replace(/^et\s+/, '');
      if (tail.startsWith('moins'))
        return offsetClock(base, tail.includes('quart') ? -15 : -num(tail.replace(/^moins\s+/, '')));
      if (tail.startsWith('passe'))
        return offsetClock(base, num(tail.replace(/^passe de\s+/, '').replace(/\s+minutes?$/, '')));
      if (tail === 'quart') return offsetClock(base, 15);
      if (tail.startsWith('demi')) return offsetClock(base, 30);
      if (tail === 'trois quarts') return offsetClock(base, 45);
      return offsetClock(base, num(tail));
    },
  ),
  rule(`\\b(?:12\\s+)?(noon|midnight|midi|minuit)\\b`, (m) =>
    m[1] === 'noon' || m[1] === 'midi' ? { clockMinutes: 720 } : { clockMinutes: 0 },
  ),
];
