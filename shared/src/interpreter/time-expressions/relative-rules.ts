import { civilFromDayIndex, isoWeekdayOfDayIndex, wallTimeToInstant } from '../../slot-engine/zoned-time.js';
import { monthStartDay, readStep, readUnit, unitAnchor, type CalendarUnit } from './calendar-units.js';
import { MONTH_WORDS, readNumber, readOrdinal } from './time-lexicon.js';
import type { TimeConstraint } from './time-constraint.js';
import { P, rule, type ScanContext, type ScanRule } from './time-rule.js';

const { count: N, month: MO, year: Y } = P;
const UNIT = `(seconds?|secs?|secondes?|minutes?|mins?|mn|hours?|hrs?|heures?|h|days?|jours?|journees?|weeks?|semaines?|wks?|months?|mois|years?|yrs?|ans?|annees?)`;
const STEP_BEFORE = `(this|current|next|coming|upcoming|following|the following|last|past|previous|ce|cet|cette)`;
const STEP_AFTER = `(prochaine?|derniere?|suivante?|passee?|precedente?|qui suit|qui vient|d'apres|en cours|-ci)`;
const MINUTE_MS = 60_000;

/** The instant `count` units after (or before, when negative) now, in wall-clock terms for days and longer. */
function shiftedInstant(unit: string, count: number, context: ScanContext): number | undefined {
  if (unit === 'second') return context.nowMs + Math.round(count * 1000);
  if (unit === 'minute') return context.nowMs + Math.round(count * MINUTE_MS);
  if (unit === 'hour') return context.nowMs + Math.round(count * 60 * MINUTE_MS);
  const day = shiftedDay(unit, count, context.today);
  if (day === undefined) return undefined;
  return wallTimeToInstant(context.timeZone, civilFromDayIndex(day), context.nowMinutes);
}

/** The civil day `count` days, weeks, months or years after `today` (fractions of days are dropped). */
function shiftedDay(unit: string, count: number, today: number): number | undefined {
  if (unit === 'day') return today + Math.trunc(count);
  if (unit === 'week') return today + Math.round(count * 7);
  if (unit !== 'month' && unit !== 'year') return undefined;
  const civil = civilFromDayIndex(today);
  const months = Math.round(unit === 'year' ? count * 12 : count);
  const start = monthStartDay(civil.year, civil.month + months);
  const nextStart = monthStartDay(civil.year, civil.month + months + 1);
  return Math.min(start + civil.day - 1, nextStart - 1);
}

/** A count of units before (-1) or after (1) now, as written. */
interface Shift {
  unitWord: string;
  countText: string | undefined;
  sign: 1 | -1;
}

/** "in 2 hours" is an instant; "in 3 days" a day; "in two weeks" the Mon–Sat week holding now + 14 days (contract). */
function inFuture({ unitWord, countText, sign }: Shift, context: ScanContext): TimeConstraint | undefined {
  const unit = readUnit(unitWord);
  const count = readNumber(countText ?? '');
  if (unit === undefined || count === undefined || count <= 0) return undefined;
  if (unit === 'second' || unit === 'minute' || unit === 'hour') {
    const instant = shiftedInstant(unit, sign * count, context);
    return instant === undefined ? undefined : { instantFromMs: instant, instantToMs: instant };
  }
  if (unit === 'week' && sign === 1) return weekHolding(context.today + Math.round(count * 7));
  // "dans huit jours" is a week from now.
  const day = shiftedDay(unit, sign * frenchWeekCount(unitWord, count), context.today);
  return day === undefined ? undefined : { anchorFromDay: day, anchorToDay: day + 1 };
}

function weekHolding(day: number): TimeConstraint {
  return unitAnchor('week', 0, day);
}

/** French counts "huit jours" as a week and "quinze jours" as two: "les quinze prochains jours" = 14 days. */
function frenchWeekCount(unitWord: string, count: number): number {
  if (!/^jours?$/.test(unitWord)) return count;
  return count === 15 ? 14 : count === 8 ? 7 : count;
}

/** "within 2 weeks", "in the next two weeks", "d'ici 2 semaines" = [now, now + span) (contract). */
function nextSpan({ unitWord, countText, sign }: Shift, context: ScanContext): TimeConstraint | undefined {
  const unit = readUnit(unitWord);
  const count = countText === undefined ? 1 : readNumber(countText);
  if (unit === undefined || unit === 'weekend' || unit === 'quarter' || count === undefined || count <= 0)
    return undefined;
  if (sign === -1 && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')) {
    // "the last 2 weeks" are whole past units, ending where the current one starts.
    const current = unitAnchor(unit, 0, context.today);
    const first = unitAnchor(unit, -Math.round(count), context.today);
    return { anchorFromDay: first.anchorFromDay ?? context.today, anchorToDay: current.anchorFromDay ?? context.today };
  }
  const other = shiftedInstant(unit, sign * frenchWeekCount(unitWord, count), context);
  if (other === undefined) return undefined;
  return sign === 1
    ? { instantFromMs: context.nowMs, instantToMs: other }
    : { instantFromMs: other, instantToMs: context.nowMs };
}

// "the following week", "la semaine suivante", "le mois d'après": relative to a unit said before, if any.
const FOLLOWING = /^(?:following|the following|suivante?|d'apres|qui suit)$/;

function anchorOf(
  unitWord: string | undefined,
  stepWord: string | undefined,
  context: ScanContext,
): TimeConstraint | undefined {
  const unit = readUnit((unitWord ?? '').replace(/-ci$/, ''));
  const step = readStep((stepWord ?? '').replace(/^-ci$/, 'ce'));
  if (unit === undefined || step === undefined || unit === 'second' || unit === 'minute' || unit === 'hour')
    return undefined;
  const anchor = unitAnchor(unit as CalendarUnit, step, context.today);
  return FOLLOWING.test((stepWord ?? '').trim()) ? { ...anchor, isFollowing: true } : anchor;
}

// "tomorrow" as typed in a hurry: "tomorow", "tommorow", "tmrw", "2morrow".
const TOMORROW = 'tomorrows?|tom+or+ow|tomorrw|tmrw|tmrrw|2morrow';

const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['(?:the )?day after tomorrow|apres-demain|apres demain|surlendemain', 2],
  ['(?:the )?day before yesterday|avant-hier|avant hier', -2],
  // "ce jour-là" points back to a day said before; it is not today.
  [`today|aujourd'hui|aujourdhui|ce jour(?![- ]la\\b)|this day|${TOMORROW}|demain|le lendemain`, 0],
  ["yesterday|hier|la veille|le jour d'avant|le jour precedent", -1],
  ["le jour d'apres|le jour suivant|jour suivant|dans la journee", 0],
];

/** Rules for expressions relative to now: days, units, counts of units, spans. */
export const RELATIVE_RULES: readonly ScanRule[] = [
  rule(
    // "Now that the redlines are back" gives a reason, not a time.
    `\\b(?:right now|just now|now(?!\\s+that\\b)|at the moment|atm|maintenant(?!\\s+que\\b)|tout de suite|en ce moment|immediately|immediatement)\\b`,
    (_m, context) => ({ instantFromMs: context.nowMs, instantToMs: context.nowMs }),
  ),
  rule(
    // "10h au plus tôt" bounds the hour before it (read-time-phrases.ts); alone, "au plus tôt" is "as soon as possible".
    `\\b(?:asap|as soon as possible|des que possible|au plus vite|(?<!\\d\\s?(?:h|am|pm)?\\s?,?\\s?)au plus tot|le plus tot possible)\\b`,
    (_m, context) => ({ instantFromMs: context.nowMs, instantToMs: null }),
  ),
  ...RELATIVE_DAYS.map(([source, offset]) =>
    rule(`\\b(?:${source})\\b`, (m, context) => {
      const days = offset === 0 && /tom|tmr|2mo|demain|lendemain|apres|suivant/.test(m[0]) ? 1 : offset;
      return unitAnchor('day', days, context.today);
    }),
  ),
  rule(
    `\\b(?:in|dans)\\s+(?:about\\s+|environ\\s+)?(half an|a half|a quarter of an|one quarter of an|three-quarters of an|three quarters of an|une demi-|une demie|un quart d'|trois quarts d'|1/2|1/4|3/4|(?:\\d+|${N}) and (?:a|an) half)\\s*(hours?|h|heures?)\\b`,
    (m, context) => {
      const text = m[1] ?? '';
      const whole = /^(\S+) and/.exec(text);
      const fraction = /3\/4|three|trois/.test(text) ? 0.75 : /quarter|quart|1\/4/.test(text) ? 0.25 : 0.5;
      const hours = (whole === null ? 0 : (readNumber(whole[1] ?? '') ?? 0)) + fraction;
      const instant = context.nowMs + Math.round(hours * 60) * MINUTE_MS;
      return { instantFromMs: instant, instantToMs: instant };
    },
  ),
  rule(`\\b(?:in|dans)\\s+(\\d+)\\s*(['"])`, (m, context) => {
    // In 15' = in 15 minutes, in 10" = in 10 seconds (minute and second marks).
    const instant = context.nowMs + Number(m[1]) * (m[2] === "'" ? MINUTE_MS : 1000);
    return { instantFromMs: instant, instantToMs: instant };
  }),
  rule(
    `\\b(?:this |current |ce |cet |cette |l'|le |the )?(summer|winter|spring|autumn|ete|hiver|printemps|automne)\\b`,
    // "été" alone is mostly a participle ("a été annulé"): the season needs a determiner or "en".
    (m, context) =>
      m[1] === 'ete' && !/^(?:cet|l'|en) ?/.test(m[0]) && !/\ben\s+$/.test(m.input.slice(0, m.index))
        ? undefined
        : seasonOf(m[1] ?? '', context.today),
  ),
  // "over the coming fortnight", "dans la quinzaine", "d'ici quinze jours" = [now, now + 14 days), like "the next two weeks".
  rule(
    `\\b(?:(?:within|in|over|during|for)\\s+)?(?:the\\s+)?(?:next|coming|upcoming)\\s+fortnight\\b|\\b(?:dans la|d'ici (?:la|une)|sous) quinzaine\\b|\\bd'ici (?:quinze|15) jours\\b`,
    (_m, context) => ({ instantFromMs: context.nowMs, instantToMs: context.nowMs + 14 * 86_400_000 }),
  ),
  // "dans quinze jours", "dans une quinzaine de jours", "in a fortnight", "a fortnight from now": like "in two weeks".
  rule(
    `\\b(?:dans|in)\\s+(?:quinze|15)\\s+jours\\b|\\bdans une quinzaine(?: de jours)?\\b|\\bin a fortnight\\b|\\ba fortnight (?:from (?:now|today)|hence)\\b`,
    (_m, context) => weekHolding(context.today + 14),
  ),
  rule(
    `\\b(?:in|dans|after|apres)\\s+(?:about\\s+|environ\\s+|only\\s+|just\\s+)?(${N})\\s*(?:more\\s+)?${UNIT}\\b`,
    (m, context) =>
      /^(?:after|apres)/.test(m[0]) && /^h/.test(m[2] ?? '')
        ? undefined
        : inFuture({ unitWord: m[2] ?? '', countText: m[1], sign: 1 }, context),
  ),
  rule(`\\b(${N})\\s*${UNIT}\\s+(?:from now|from today|hence|later|plus tard|apres|d'ici)\\b`, (m, context) =>
    inFuture({ unitWord: m[2] ?? '', countText: m[1], sign: 1 }, context),
  ),
  rule(`\\b(${N})\\s*${UNIT}\\s+(?:ago|back|earlier|plus tot)\\b|\\bil y a\\s+(${N})\\s*${UNIT}\\b`, (m, context) =>
    inFuture({ unitWord: m[2] ?? m[4] ?? '', countText: m[1] ?? m[3], sign: -1 }, context),
  ),
  rule(
    `\\b(?:within|in the next|over the next|during the next|in the coming|over the coming|within the next|for the next|in the upcoming|over the upcoming|during the upcoming|the upcoming|the coming|the next|next|d'ici|dans les|au cours des|pendant les|les)\\s+(?:(${N})\\s+)?(?:prochaine?s\\s+)?${UNIT}(?:\\s+(?:prochaine?s|a venir|qui viennent|suivante?s))?\\b`,
    (m, context) => {
      const isPlural = /s$/.test(m[2] ?? '') || m[1] !== undefined;
      const isSpanCue =
        /^(within|d'ici|dans les|in the next|over the next|during the next|within the next|in the coming|over the coming|for the next|in the upcoming|over the upcoming|during the upcoming|au cours des|pendant les)/.test(
          m[0],
        );
      if (!isPlural && !isSpanCue) return undefined;
      // "tous les jours", "les jours où je suis libre": days in general, not the coming ones.
      if (/^les\s/.test(m[0]) && m[1] === undefined && !/prochaine?s|a venir|qui viennent|suivante?s/.test(m[0]))
        return undefined;
      return nextSpan({ unitWord: m[2] ?? '', countText: m[1], sign: 1 }, context);
    },
  ),
  rule(
    `\\b(?:(${N})\\s+)(?:prochaine?s|dernieres?|derniers?)\\s+${UNIT}\\b|\\b(${N})\\s+${UNIT}\\s+(?:suivante?s?|passee?s|precedente?s|a venir)\\b`,
    (m, context) => {
      const isPast = /dern|pass|preced/.test(m[0]);
      return nextSpan({ unitWord: m[2] ?? m[4] ?? '', countText: m[1] ?? m[3], sign: isPast ? -1 : 1 }, context);
    },
  ),
  rule(`\\b(?:in the|the|over the|during the)?\\s*(?:last|past|previous)\\s+(${N})\\s+${UNIT}\\b`, (m, context) =>
    nextSpan({ unitWord: m[2] ?? '', countText: m[1], sign: -1 }, context),
  ),
  rule(
    `\\b${STEP_BEFORE}\\s+(week-?ends?|week ends?|wkends?|weeks?|months?|years?|yrs?|quarters?|qtrs?|semaine|mois|annee|an|week-end|trimestre)(-ci)?\\b(?!\\s+(?:of|in)\\s+(?:${MO}|${Y}))`,
    (m, context) => anchorOf(m[2], m[1], context),
  ),
  rule(`\\b(?:la |le |l'|les )?(semaine|mois|annee|an|week-?end|trimestre)\\s+${STEP_AFTER}`, (m, context) =>
    anchorOf(m[1], m[2], context),
  ),
  // "the week after next", "the weekend after next", "the month after next": two units on.
  rule(`\\b(?:the\\s+)?(week-?end|week|month)\\s+after\\s+next\\b`, (m, context) =>
    unitAnchor(readUnit(m[1] ?? '') === 'weekend' ? 'weekend' : m[1] === 'month' ? 'month' : 'week', 2, context.today),
  ),
  // "I'm away next week, but the week after works": the week after the one said before (next week alone).
  rule(
    `\\b(?:the\\s+)?week\\s+after(?=\\s*(?:[.,;:!?)\\n-]|$|(?:works?|is|would|could|suits?|then|instead|any|for|please|perhaps|maybe|or|and|i|i'm|i'd|i'll|we|you|he|she|they)\\b))`,
    (_m, context) => ({ ...unitAnchor('week', 1, context.today), isFollowing: true }),
  ),
  // "pas la semaine prochaine, mais celle d'après", "not next month but the one after": the unit said before, one on.
  rule(`\\bcel(?:le|ui)\\s+(?:d'apres|qui suit)\\b|\\bthe one after(?:\\s+that)?\\b`, (): TimeConstraint => ({
    isFollowing: true,
  })),
  // "la semaine d'après la prochaine", "la semaine après la prochaine", "dans deux semaines" is a week count.
  rule(`\\b(?:la\\s+)?semaine\\s+(?:d'apres|apres)\\s+la\\s+prochaine\\b`, (_m, context) =>
    unitAnchor('week', 2, context.today),
  ),
  rule(`(?<=\\b(?:of|in|du)\\s+)(?:the |this |le )?(?:month|mois)\\b`, (_m, context) =>
    unitAnchor('month', 0, context.today),
  ),
  rule(`\\b(${Y})\\s*-\\s*(${Y})\\b`, (m) => ({
    constraint: { year: Number(m[1]) },
    rangeEnd: { year: Number(m[2]) },
  })),
  rule(
    `\\b(?:dans la semaine|this week|the week|(all week|toute la semaine|the whole week|the entire week))\\b(?!\\s*(?:of|du|de|d')\\b)`,
    // "dès lundi prochain, toute la semaine": a whole week said beside a day is that day's week (see
    // weekOfDayBeside); alone it is this week.
    (m, context) => ({ ...unitAnchor('week', 0, context.today), ...(m[1] === undefined ? {} : { isWholeWeek: true }) }),
  ),
  // "weekends" / "les week-ends" alone are every weekend (over the span they are said with); "the weekend" is this one.
  rule(`\\b(?:the |le |this |ce )?(?:week-?end|week end|wkend)(s?)\\b`, (m, context) =>
    m[1] === 's' && !/^(?:the|le|this|ce) /.test(m[0])
      ? { isWeekendOnly: true, isRecurring: true }
      : unitAnchor('weekend', 0, context.today),
  ),
  rule(`\\b(?:the\\s+)?(?:rest of (?:the|this) week|reste de la semaine)\\b`, (_m, context) => ({
    anchorFromDay: context.today,
    anchorToDay: unitAnchor('week', 0, context.today).anchorToDay ?? context.today + 1,
  })),
  ...WEEK_AND_MONTH_PART_RULES(),
  // "…next week, unfortunately. The following one?", "La suivante ?": the unit said before (maybe ruled out), one on.
  rule(
    `(?<=(?:^|[.!?;:]\\s*|\\n\\s*|\\b(?:but|mais|then|puis|alors)\\s+))(?:the\\s+|la\\s+|le\\s+)(?:following one|one after|suivante|suivant)(?=\\s*(?:[.,;!?)]|$|\\n))`,
    (): TimeConstraint => ({ isFollowing: true }),
  ),
  // "this weekend or next", "cette semaine ou la suivante": the unit said before, one step later.
  rule(
    `(?<=\\b(?:or|ou)\\s+)(?:the\\s+|le\\s+|la\\s+)?(?:next(?: one)?|following(?: one)?|suivante?|prochaine?)(?=\\s*(?:[.,;!?)]|$|\\n))`,
    (): TimeConstraint => ({ isNextOfPrevious: true }),
  ),
];

/** What follows "the week" when it names the week of a date: "of the 22nd", "du 11 janvier". */
const WEEK_OF_DATE_AHEAD = /^\s*(?:of|du|de)\s+(?:the\s+|le\s+)?\d/;

function WEEK_AND_MONTH_PART_RULES(): ScanRule[] {
  const PART = `(early in|earlier in|late in|later in|later|towards? the end of|in the middle of|en debut de|en fin de|vers la fin de|early|beginning of|start of|the beginning of|the start of|debut de|debut|mid|mid-|middle of|the middle of|milieu de|milieu|end of|the end of|late|fin de|fin|mi-|mi)`;
  return [
    rule(
      `\\b(?:at |in |en |au |a la |a )?${PART}\\s*(?:the\\s+|la\\s+|du\\s+|de la\\s+)?(?:${STEP_BEFORE}\\s+)?(?:week|semaine)(?:\\s+${STEP_AFTER}|\\s+(after next))?`,
      (m, context) => {
        const part = /earl|begin|start|debut/.test(m[1] ?? '') ? 'early' : /mi/.test(m[1] ?? '') ? 'mid' : 'end';
        // "en début de semaine du 11 janvier": the week is the one of the date said next.
        if (WEEK_OF_DATE_AHEAD.test(m.input.slice(m.index + m[0].length))) return { weekPart: part, isWeekOf: true };
        const lastWeekday = { early: 2, mid: 4, end: 5 }[part];
        const isOver = isoWeekdayOfDayIndex(context.today) > lastWeekday;
        // "early the week after next": two weeks on.
        const stated = m[4] === undefined ? readStep(m[2] ?? m[3]) : 2;
        const anchor = unitAnchor('week', stated ?? (isOver ? 1 : 0), context.today);
        return { ...anchor, weekPart: part, ...(stated === undefined ? { isAnchorImplied: true } : {}) };
      },
    ),
    rule(`\\b(?:mid-?week|en milieu de semaine)\\b`, (_m, context) => ({
      ...unitAnchor('week', 0, context.today),
      weekPart: 'mid',
      isAnchorImplied: true,
    })),
    rule(
      `\\b(?:at |in |en |au |a la |a )?${PART}\\s*(?:the\\s+|du\\s+|de\\s+)?(?:${STEP_BEFORE}\\s+)?(?:month|mois)(?:\\s+${STEP_AFTER})?`,
      (m, context) => {
        const part = monthPartOf(m[1] ?? '');
        const isOver = civilFromDayIndex(context.today).day > (part === 'early' ? 10 : part === 'mid' ? 20 : 31);
        const step = readStep(m[2] ?? m[3]) ?? (isOver ? 1 : 0);
        return { ...unitAnchor('month', step, context.today), monthPart: part };
      },
    ),
    rule(
      `\\b(?:at |in |en |au |a la |a )?${PART}\\s*(?:the\\s+|l'|d')?(?:(this|next|last)\\s+)?(year|annee|${Y})\\b`,
      (m, context) => {
        const year = /^\d/.test(m[3] ?? '')
          ? Number(m[3])
          : civilFromDayIndex(context.today).year + (readStep(m[2]) ?? 0);
        return yearPart(year, monthPartOf(m[1] ?? ''));
      },
    ),
    rule(`\\b(eoy|boy)\\b`, (m, context) =>
      yearPart(civilFromDayIndex(context.today).year, m[1] === 'eoy' ? 'late' : 'early'),
    ),
    rule(`\\b(eom|bom)\\b`, (m, context) => ({
      ...unitAnchor('month', 0, context.today),
      monthPart: m[1] === 'eom' ? 'late' : 'early',
    })),
    rule(`\\b(?:at |in |en |au |a la |a )?${PART}\\s*(?:du mois de |du mois d'|de |d'|of )?(${MO})\\b`, (m) => {
      return { monthPart: monthPartOf(m[1] ?? ''), month: readMonth(m[2]) };
    }),
    rule(
      `\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|q)\\s*(?:quarter|qtr|trimestre)?\\s*(?:of\\s+|de\\s+)?(${Y})?\\b`,
      (m, context) => quarterOf(m, context),
    ),
  ];
}

/**
 * A season by its usual solstice and equinox days (spring from 20 March, summer from 21 June,
 * autumn from 23 September, winter from 21 December): the one under way or the next one.
 */
function seasonOf(word: string, today: number): TimeConstraint | undefined {
  const starts: Record<string, readonly [number, number, number, number]> = {
    spring: [3, 20, 6, 21],
    printemps: [3, 20, 6, 21],
    summer: [6, 21, 9, 23],
    ete: [6, 21, 9, 23],
    autumn: [9, 23, 12, 21],
    automne: [9, 23, 12, 21],
    winter: [12, 21, 15, 20],
    hiver: [12, 21, 15, 20],
  };
  const edges = starts[word];
  if (edges === undefined) return undefined;
  const { year } = civilFromDayIndex(today);
  for (const candidate of [year - 1, year, year + 1]) {
    const from = monthStartDay(candidate, edges[0]) + edges[1] - 1;
    const to = monthStartDay(candidate, edges[2]) + edges[3] - 1;
    if (to > today) return { anchorFromDay: from, anchorToDay: to };
  }
  return undefined;
}

/** Thirds of a year: early = Jan–Apr, mid = May–Aug, late = Sep–Dec. */
function yearPart(year: number, part: 'early' | 'mid' | 'late'): TimeConstraint {
  const firstMonth = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
  return { anchorFromDay: monthStartDay(year, firstMonth), anchorToDay: monthStartDay(year, firstMonth + 4) };
}

function monthPartOf(word: string): 'early' | 'mid' | 'late' {
  if (/early|begin|start|debut/.test(word)) return 'early';
  if (/mi/.test(word)) return 'mid';
  return 'late';
}

function readMonth(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTH_WORDS[word.replace(/\.$/, '')];
}

function quarterOf(m: RegExpExecArray, context: ScanContext): TimeConstraint | undefined {
  if (!/quarter|qtr|trimestre/.test(m[0])) return undefined;
  const nth = readOrdinal((m[1] ?? '').replace(/^q$/, ''));
  if (nth === undefined || nth < 1 || nth > 4) return undefined;
  const year = m[2] === undefined ? civilFromDayIndex(context.today).year : Number(m[2]);
  return { anchorFromDay: monthStartDay(year, nth * 3 - 2), anchorToDay: monthStartDay(year, nth * 3 + 1) };
}
