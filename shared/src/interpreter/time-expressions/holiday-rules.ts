import type { TimeConstraint } from './time-constraint.js';
import { P, rule, type ScanRule } from './time-rule.js';

/**
 * Holidays on a fixed civil date, in both languages: [pattern, month, day, language or both].
 * Movable feasts (Easter, Thanksgiving, "fête du Travail") are computed in movable-holiday-rules.ts.
 */
const FIXED_HOLIDAYS: ReadonlyArray<readonly [string, number, number, 'en' | 'fr' | 'both']> = [
  [`christmas eve|xmas eve|(?:le )?reveillon(?: de noel)?|(?:la )?veille de noel`, 12, 24, 'both'],
  [`christmas(?: day)?|xmas(?: day)?`, 12, 25, 'en'],
  [`(?:le )?(?:jour de )?noel`, 12, 25, 'fr'],
  [`boxing day`, 12, 26, 'en'],
  [`new year'?s'? eve|(?:la )?saint[- ]sylvestre`, 12, 31, 'both'],
  [`new year'?s'? day|(?:le )?jour de l'an|(?:le )?nouvel an`, 1, 1, 'both'],
  [`valentine'?s'? day|(?:la )?saint[- ]valentin`, 2, 14, 'both'],
  [`st\\.? patrick'?s'? day|saint patrick'?s'? day`, 3, 17, 'en'],
  [`may day`, 5, 1, 'both'],
  [`independence day|(?:the )?fourth of july`, 7, 4, 'en'],
  [`(?:la )?fete nationale`, 7, 14, 'fr'],
  [`(?:l')?assomption`, 8, 15, 'fr'],
  [`halloween`, 10, 31, 'both'],
  [`(?:le jour de |la journee de )?(?:la )?toussaint`, 11, 1, 'fr'],
  [`veterans day|armistice day|(?:l')?armistice`, 11, 11, 'both'],
];

/** Greetings ("Merry Christmas", "bonne année") are not proposals to meet on the day. */
const NOT_AFTER_GREETING = `(?<!\\b(?:merry|happy|joyeux|joyeuse|bonne|bon|great|nice)\\s+)`;

/** Rules for fixed-date holidays: the upcoming occurrence (today's when it is today), or the stated year's. */
export const HOLIDAY_RULES: readonly ScanRule[] = FIXED_HOLIDAYS.map(([source, month, day, language]) =>
  rule(`${NOT_AFTER_GREETING}\\b(?:${source})\\b(?:,?\\s+(${P.year}))?`, (m, context): TimeConstraint | undefined => {
    if (language !== 'both' && language !== context.language) return undefined;
    return m[1] === undefined ? { month, dayOfMonth: day } : { month, dayOfMonth: day, year: Number(m[1]) };
  }),
);
