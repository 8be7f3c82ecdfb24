import {
  hasConflict,
  hasDatePart,
  hasTimePart,
  isLoneWeekday,
  mergeConstraints,
  type TimeConstraint,
} from './time-constraint.js';
import type { TimeAtom } from './time-rule.js';

/** How an item's windows are used: as stated, as an open start or end, or as an exclusion. */
export type ItemMode = 'window' | 'openStart' | 'openStartAfter' | 'openEnd' | 'openEndThrough';

/** One time statement of a message: a single constraint or a range between two. */
export interface TimeItem {
  start: number;
  end: number;
  from: TimeConstraint;
  /** The range's last unit ("to 15 July"), absent for a single constraint. */
  to?: TimeConstraint;
  mode: ItemMode;
  isExcluded: boolean;
  /** True when a list word ("or", "ou", ",") separates this item from the previous one. */
  isListed: boolean;
  /** True when the range opens like a range of days ("du 13 au 18", "from the 13th"). */
  isDayLead?: boolean;
  /** True when a time of day is said before its date ("the evenings of the 15th"): it holds for the dates listed after. */
  isTimeLed?: boolean;
}

interface Phrase {
  start: number;
  end: number;
  constraint: TimeConstraint;
  rangeEnd?: TimeConstraint;
  lead: string;
  isTimeLed?: boolean;
}

/** Glue that keeps atoms in one phrase ("Tuesday at 3pm", "le 2 mars à 5h", "Monday, Feb 18"). */
const FILLER =
  /^(?:[\s,@()]|'s\b|\bd'|\bl'|\b(?:at|on|the|of|in|for|around|about|approximately|a|le|la|les|de|du|des|en|dans|during|vers|environ|aux alentours de|autour de|this|that|ce|cet|cette|plutot|mais|par exemple|then|from|starting|starting from|a partir de|a partir du|des|et|and)\b)*$/;
const RANGE_JOIN =
  /(?:^|\s|\d)(-|to|till|til|until|untill|through|thru|and|au|a|jusqu'a|jusqu'au|jusqu'aux|et|but before|mais avant|and before)\s*(?:the|le|la|l')?\s*$/;
const RANGE_STRONG =
  /(?:-|to|till|til|until|untill|through|thru|au|jusqu'a|jusqu'au|jusqu'aux|but before|mais avant)\s*(?:the|le|la|l')?\s*$/;
const RANGE_OPEN = /\b(?:between|btwn|from|entre|de|du|d'|des)\s*(?:the|le|la|l')?\s*$/;
const OPEN_START =
  /\b(?:starting|a partir|as of|later than|not before|no earlier than|a partir de|a partir du|a partir d'|des|depuis|plus tard que|pas avant|(?<!(?:apart|aside|away) )from)\b[^]*$/;
// "since Monday" opens a window; "since you're in Paris next week" is a cause: only right before the time.
const SINCE = /\b(?:since|depuis)\s*(?:the|le|la|l')?\s*$/;
const OPEN_START_AFTER = /\b(?:after|apres|anytime after|any time after|n'importe quand apres)\s*(?:the|le|la|l')?\s*$/;
const OPEN_END =
  /\b(?:before|no later than|not after|avant|pas apres|au plus tard|sometimes before|anytime before|n'importe quand avant)\s*(?:the|le|la|l')?\s*$/;
const OPEN_END_THROUGH =
  /\b(?:by|until|till|til|untill|through|thru|jusqu'a|jusqu'au|jusqu'en|d'ici)\s*(?:the|le|la|l')?\s*$/;
const EXCLUDE =
  /\b(?:(?:rather|prefer) not(?: to)?(?: do| have| meet| make)?|(?:rather|prefere|preferais|prefererais) (?:avoid|eviter)|instead of|rather than|au lieu de|au lieu du|plutot que|except|excepting|with the exception of|a l'exception (?:du|des|de)|but not|apart from|other than|excluding|not on|not|any day but|(?<![,;\n]\s{0,3})but|sauf|excepte|hormis|hors|a part|pas|ni|can't do|cannot do|can't make|cannot make|can't|cannot|not available|unavailable|busy|not free|out of office|(?<!-|call |calling |called )off|away|indisponible|pris|occupe|impossible|absent)\s*(?:on|the|le|la|les|for|mon|ma|this|ce|cette|between|entre)?\s*$/;
// "push Thursday's call to Monday", "move tomorrow's lunch to Friday": the meeting moves from one time to the
// other; "to" joins no range.
const MOVED_MEETING =
  /^'s\s+(?:[a-z-]+\s+)?(?:meeting|call|lunch|coffee|dinner|breakfast|drinks|appointment|session|review|chat|visit|catch-?up|interview|demo)\s+to\s*$/;
const MOVE_VERB =
  /\b(?:push(?:ed|ing)?|mov(?:e|ed|ing)|bump(?:ed|ing)?|shift(?:ed|ing)?|switch(?:ed|ing)?|reschedul(?:e|ed|ing)|postpon(?:e|ed|ing)|deplac\p{L}*|decal\p{L}*|report(?:er|ons|ez|e|erait|erions)|repouss\p{L}*)\b[^.?!]*$/u;
// "move our call from Thursday to Friday", "déplacer notre rendez-vous de jeudi à la semaine prochaine": the
// first time is the one the meeting leaves, the second the one it goes to; no range from one to the other.
const MOVED_FROM = /\b(?:from|de|du)\s*$/;
const MOVED_TO = /^\s*(?:to|a|au|pour|for)\s+(?:the\s+|la\s+|le\s+|l')?$/;
const NOT_BEFORE =
  /\b(?:not before|no earlier than|not earlier than|no sooner than|pas avant|pas plus tot que|pas plus tot qu')\s*(?:the|le|la|l')?\s*$/;
// "not after 7pm", "no later than 5", "pas plus tard que 18h", "je ne peux pas après 19h": a negated "after" or
// "later" is an upper bound; read before "after" and "later than" so that the bare word does not open the window.
const NOT_AFTER =
  /\b(?:not|no|never|pas|jamais)\s+(?:any\s+)?(?:after|later than|past|beyond|apres|plus tard que|plus tard qu'|au-dela de|au-dela d')\s*(?:the|le|la|l')?\s*$/;
// "18h au plus tard", "5pm at the latest" bound the time said before them; "10h au plus tôt", "at the earliest" too.
const LATEST_AFTER = /^\s*,?\s*(?:au plus tard|at the latest|latest|dernier delai|grand max|max)\b/;
const EARLIEST_AFTER = /^\s*,?\s*(?:au plus tot|at the earliest|earliest)\b/;
const ONLY_AHEAD = /^\s*(?:only|uniquement|seulement)\b/;
const LIST =
  /(?:\bor\b|\bou\b|,|;|\/|\band\b|\bet\b|\bor on\b|\bou le\b)\s*(?:on|the|le|la|les|du|de|d'|from|en|in the|in|(?<=\b(?:or|ou)\s+)(?:any time |anytime |n'importe quand )?(?:after|apres|before|avant))?\s*$/;

/** "move our call from <time> to <time>": the lead of the first time and the gap before the second. */
function isMoveFromTo(lead: string, gap: string): boolean {
  return MOVE_VERB.test(lead) && MOVED_FROM.test(lead) && MOVED_TO.test(gap);
}

/** A clock time led by a bound word (the words `modeOf` reads) after a part of day. */
function isBoundAfterPart(part: TimeConstraint, clock: TimeConstraint, gap: string): boolean {
  const isPartOnly = part.partFromMinutes !== undefined && part.clockMinutes === undefined;
  return isPartOnly && clock.clockMinutes !== undefined && modeOf(gap) !== 'window';
}

function isWholeWeekBesideDay(left: TimeConstraint, right: TimeConstraint): boolean {
  return (left.isWholeWeek === true && hasDatePart(right)) || (right.isWholeWeek === true && hasDatePart(left));
}

function toPhrases(folded: string, atoms: readonly TimeAtom[]): Phrase[] {
  const phrases: Phrase[] = [];
  let previousEnd = 0;
  for (const atom of atoms) {
    const gap = folded.slice(previousEnd, atom.start);
    const current = phrases[phrases.length - 1];
    const opensRange =
      current !== undefined && RANGE_OPEN.test(gap) && !hasTimePart(current.constraint) && hasTimePart(atom.constraint);
    const isGlue =
      current !== undefined && gap.length < 24 && FILLER.test(gap) && !RANGE_STRONG.test(gap) && !opensRange;
    // "Tuesday from 10 to noon": the bare number opens a range of hours, it is not the 10th.
    const startsRange =
      /^\s*(?:-|to\b|till\b|until\b|au\b|and\b|jusqu\S*)\s*(?:\d|noon|midday|midnight|midi|minuit)/.test(
        folded.slice(atom.end),
      );
    if (isGlue && current !== undefined && !startsRange && absorbsBareHour(current, atom)) {
      previousEnd = atom.end;
      continue;
    }
    const canMerge =
      isGlue &&
      current !== undefined &&
      current.rangeEnd === undefined &&
      atom.rangeEnd === undefined &&
      current.constraint.bareNumber === undefined &&
      atom.constraint.bareNumber === undefined &&
      !hasConflict(current.constraint, atom.constraint) &&
      !(gap.includes(',') && isDayOfPeriod(current.constraint, atom.constraint)) &&
      // "pas la semaine prochaine mais celle d'après": the following unit is another statement.
      !(atom.constraint.isFollowing === true && current.constraint.anchorFromDay !== undefined) &&
      // "not the Thursday, and afternoons only": the only choice is not part of what is ruled out.
      !(EXCLUDE.test(current.lead) && ONLY_AHEAD.test(folded.slice(atom.end))) &&
      // "de jeudi à la semaine prochaine" after a move verb: where the meeting goes is another time.
      !isMoveFromTo(current.lead, gap) &&
      // "dès lundi prochain, toute la semaine": the day places the week, it is not a day of this week.
      !isWholeWeekBesideDay(current.constraint, atom.constraint) &&
      // "les lundis matin, à partir de 9h30": a bound said after a part of day narrows it, it is no exact time.
      !isBoundAfterPart(current.constraint, atom.constraint, gap);
    if (canMerge) {
      if (hasTimePart(current.constraint) && !hasDatePart(current.constraint) && hasDatePart(atom.constraint))
        current.isTimeLed = true;
      current.constraint = mergeConstraints(current.constraint, atom.constraint);
      // "Tuesday mornings", "le mardi après-midis": a plural part of day makes the weekday a habit, every week.
      if (isLoneWeekday(current.constraint) && PLURAL_PART.test(folded.slice(atom.start, atom.end)))
        current.constraint = { ...current.constraint, isRecurring: true };
      current.end = atom.end;
    } else {
      const phrase: Phrase = { start: atom.start, end: atom.end, constraint: atom.constraint, lead: gap };
      if (atom.rangeEnd !== undefined) phrase.rangeEnd = atom.rangeEnd;
      phrases.push(phrase);
    }
    previousEnd = atom.end;
  }
  return phrases;
}

const PLURAL_PART = /^(?:mornings|afternoons|evenings|nights|matins|matinees|apres-midis|soirs|soirees)$/;

/** A stated period of several days: a week, a month, a part of one, "the week of the 8th". */
function isPeriod(constraint: TimeConstraint): boolean {
  const { anchorFromDay, anchorToDay } = constraint;
  const isLongAnchor = anchorFromDay !== undefined && anchorToDay !== undefined && anchorToDay - anchorFromDay > 1;
  return (
    constraint.isWeekOf === true ||
    (isLongAnchor && constraint.weekday === undefined && constraint.dayOfMonth === undefined) ||
    (constraint.month !== undefined && constraint.dayOfMonth === undefined && constraint.weekday === undefined)
  );
}

/**
 * "next week, Tuesday or Thursday", "la semaine du 8, le jeudi ou le vendredi": a weekday said right after a
 * period picks days of it; it is not one more option beside the period.
 */
function isDayOfPeriod(previous: TimeConstraint, next: TimeConstraint): boolean {
  const isLoneWeekday =
    next.weekday !== undefined &&
    next.anchorFromDay === undefined &&
    next.month === undefined &&
    next.dayOfMonth === undefined &&
    next.isRecurring !== true;
  return isLoneWeekday && isPeriod(previous);
}

/** A single relative day or a part of day gives a bare number its meaning: "8 tonight", "9 tomorrow". */
function canHoldBareHour(constraint: TimeConstraint): boolean {
  const isSingleDay = constraint.anchorFromDay !== undefined && constraint.anchorToDay === constraint.anchorFromDay + 1;
  return constraint.clockMinutes === undefined && (constraint.partFromMinutes !== undefined || isSingleDay);
}

/** Merges "8" + "tonight" (either order) into one phrase with an hour; false when it does not apply. */
function absorbsBareHour(current: Phrase, atom: TimeAtom): boolean {
  const bare = current.constraint.bareNumber ?? atom.constraint.bareNumber;
  if (bare === undefined || bare < 1 || bare > 31 || current.rangeEnd !== undefined || atom.rangeEnd !== undefined)
    return false;
  const other = current.constraint.bareNumber === undefined ? current.constraint : atom.constraint;
  if (other.bareNumber !== undefined) return false;
  const isDayAfterWeekday =
    other === current.constraint &&
    other.weekday !== undefined &&
    other.dayOfMonth === undefined &&
    !hasTimePart(other);
  const isDayOfMonthAnchor =
    other === atom.constraint && other.isMonthAnchor === true && other.dayOfMonth === undefined;
  if (isDayAfterWeekday || isDayOfMonthAnchor) current.constraint = { ...other, dayOfMonth: bare };
  else if (bare <= 12 && canHoldBareHour(other))
    current.constraint = { ...other, clockMinutes: bare * 60, isHourAmbiguous: true };
  else return false;
  current.end = atom.end;
  return true;
}

function modeOf(lead: string, trail = ''): ItemMode {
  if (NOT_BEFORE.test(lead) || EARLIEST_AFTER.test(trail)) return 'openStart';
  if (NOT_AFTER.test(lead) || LATEST_AFTER.test(trail)) return 'openEnd';
  if (OPEN_START_AFTER.test(lead)) return 'openStartAfter';
  if (OPEN_END_THROUGH.test(lead)) return 'openEndThrough';
  if (OPEN_END.test(lead)) return 'openEnd';
  if (SINCE.test(lead) || OPEN_START.test(lead.slice(-24))) return 'openStart';
  return 'window';
}

/**
 * Groups atoms into statements: phrases of compatible atoms, ranges ("from X to Y", "entre X et Y"),
 * open bounds ("after X", "jusqu'à X"), exclusions ("sauf X") and lists ("X or Y").
 */
export function readTimePhrases(folded: string, atoms: readonly TimeAtom[]): TimeItem[] {
  const phrases = toPhrases(folded, atoms);
  const items: TimeItem[] = [];
  let isExcluding = false;
  for (let index = 0; index < phrases.length; index += 1) {
    const phrase = phrases[index] as Phrase;
    const next = phrases[index + 1];
    // "le 13 et du 14": "du" after a list word repeats the article, it opens no range.
    const isListedArticle = /\b(?:et|ou|and|or)\s+(?:du|des|de|d'|from|between|entre)\s*$/.test(phrase.lead);
    // A list joins options directly ("Tuesday, Wednesday or Thursday"); a comma far back in a longer gap
    // ("next week, breakfast at Café Kitsuné, on Tuesday") lists nothing.
    const isShortGap = phrase.lead.replace(/\s+/g, ' ').trim().length <= 12;
    const previous = phrases[index - 1];
    const isListed =
      isShortGap &&
      LIST.test(phrase.lead) &&
      (isListedArticle || !RANGE_OPEN.test(phrase.lead)) &&
      !(previous !== undefined && isDayOfPeriod(previous.constraint, phrase.constraint));
    // A clause that opens with "but" ("…, but the week after works", split off) contrasts; it excludes nothing.
    const isOpeningBut = index === 0 && /^\s*but\s+(?:the\s+)?$/.test(phrase.lead);
    const isBound = NOT_BEFORE.test(phrase.lead) || NOT_AFTER.test(phrase.lead);
    const startsExclusion = EXCLUDE.test(phrase.lead) && !isBound && !isOpeningBut;
    // "Not the Wednesday, and mornings only": what is said to be the only choice is no longer ruled out.
    const isOnlyChoice = ONLY_AHEAD.test(folded.slice(phrase.end));
    isExcluding = startsExclusion || (isExcluding && isListed && !isOnlyChoice);
    const isMovedAway =
      next !== undefined &&
      ((MOVED_MEETING.test(next.lead) && MOVE_VERB.test(phrase.lead)) || isMoveFromTo(phrase.lead, next.lead));
    const isRange =
      next !== undefined &&
      phrase.rangeEnd === undefined &&
      next.rangeEnd === undefined &&
      RANGE_JOIN.test(next.lead) &&
      !isDashAfterWords(next.lead) &&
      !(next.constraint.isFollowing === true && next.constraint.anchorFromDay === undefined) &&
      next.lead.length < 16 &&
      !isMovedAway &&
      (RANGE_STRONG.test(next.lead) || RANGE_OPEN.test(phrase.lead) || isOpenStartThenEnd(phrase, next));
    const item: TimeItem = {
      start: phrase.start,
      end: phrase.end,
      from: phrase.constraint,
      mode: 'window',
      // The time a meeting is moved away from ("push tomorrow's call to Monday") no longer works.
      isExcluded: isExcluding || isMovedAway,
      isListed,
    };
    if (phrase.rangeEnd !== undefined) item.to = phrase.rangeEnd;
    if (phrase.isTimeLed === true) item.isTimeLed = true;
    if (/\b(?:du|the|le|from the|between the|entre le)\s*$/.test(phrase.lead)) item.isDayLead = true;
    if (isRange) {
      item.to = next.constraint;
      item.end = next.end;
      index += 1;
    } else if (!isMovedAway) {
      item.mode = modeOf(phrase.lead, folded.slice(phrase.end, phrase.end + 24));
      // "before the end of next week", "d'ici la fin du mois": until that end, not until the end part starts.
      const isEndPart = phrase.constraint.weekPart === 'end' || phrase.constraint.monthPart === 'late';
      if (item.mode === 'openEnd' && isEndPart && !NOT_AFTER.test(phrase.lead)) item.mode = 'openEndThrough';
    }
    items.push(item);
  }
  const shared = shareContext(
    listedBareDays(items)
      .map(resolveBareEnds)
      .filter((item) => item.from.bareNumber === undefined && !isQualifierOnly(item.from)),
  );
  return carrySameTime(shared, folded);
}

// "Wednesday, same time", "vendredi même heure", "Monday at the same time": the time of an earlier option.
const SAME_TIME = /^[\s,(]*(?:at\s+|a\s+)?(?:the\s+|la\s+)?(?:same\s+time|meme\s+heure|meme\s+horaire)\b/;

/** A day said "same time" takes the time of day (and its zone) of the nearest earlier item that has one. */
function carrySameTime(items: TimeItem[], folded: string): TimeItem[] {
  return items.map((item, index) => {
    if (item.to !== undefined || hasTimePart(item.from) || !SAME_TIME.test(folded.slice(item.end))) return item;
    const earlier = items
      .slice(0, index)
      .reverse()
      .find((other) => hasTimePart(other.from));
    if (earlier === undefined) return item;
    return { ...item, from: mergeConstraints(item.from, pick(earlier.from, [...TIME_KEYS, 'zone'])) };
  });
}

/** "the evenings of 15 and 16 October": a bare number listed before a day of a month is a day of it too. */
function listedBareDays(items: TimeItem[]): TimeItem[] {
  return items.map((item, index) => {
    // "les 7, 8 et 10 juin": each bare number of the list is a day like the dated one that ends it.
    let end = index + 1;
    while (items[end]?.isListed === true && items[end]?.from.bareNumber !== undefined) end += 1;
    const next = items[end];
    const bare = item.from.bareNumber;
    if (bare === undefined || bare < 1 || bare > 31 || item.to !== undefined || next?.isListed !== true) return item;
    const isDayOfMonth = next.from.dayOfMonth !== undefined && next.from.month !== undefined;
    if (isDayOfMonth) return { ...item, from: { dayOfMonth: bare } };
    // "at 8, 9 or 10am": a bare number listed before a clock time is an hour like it.
    const isHour = next.from.clockMinutes !== undefined && !hasDatePart(next.from) && bare <= 23;
    return isHour ? { ...item, from: { clockMinutes: bare * 60, isHourAmbiguous: bare <= 12 } } : item;
  });
}

/** A zone ("(BST)" after a range) or a length ("for 3 days") said apart from any date carries no window of its own. */
function isQualifierOnly(constraint: TimeConstraint): boolean {
  const keys = Object.keys(constraint);
  return keys.length > 0 && keys.every((key) => key === 'zone' || key === 'spanDays');
}

/** "early next week instead - Monday after 2": a dash after other words ends a clause; it joins no range. */
function isDashAfterWords(lead: string): boolean {
  const dash = /\s-\s*(?:the|le|la|l')?\s*$/.exec(lead);
  return dash !== null && /[a-z]/.test(lead.slice(0, dash.index));
}

function isOpenStartThenEnd(phrase: Phrase, next: Phrase): boolean {
  return modeOf(phrase.lead).startsWith('openStart') && /before|avant/.test(next.lead);
}

const DATE_KEYS = [
  'anchorFromDay',
  'anchorToDay',
  'isWeekAnchor',
  'isMonthAnchor',
  'isAnchorImplied',
  'year',
  'month',
  'dayOfMonth',
  'weekday',
  'weekdayMode',
  'weekdayShiftDays',
  'weekdayNotBeforeDay',
  'isRecurring',
  'monthPart',
  'weekPart',
  'closestWeekdayRank',
  'dayShift',
  'spanDays',
  'isWeekOf',
  'isWorkdayOnly',
  'isWeekendOnly',
  'isFollowing',
] as const;
const TIME_KEYS = ['clockMinutes', 'isHourAmbiguous', 'partFromMinutes', 'partToMinutes'] as const;

function pick(constraint: TimeConstraint, keys: readonly (keyof TimeConstraint)[]): TimeConstraint {
  const picked: TimeConstraint = {};
  for (const key of keys) if (constraint[key] !== undefined) Object.assign(picked, { [key]: constraint[key] });
  return picked;
}

/** Gives a bare number the kind of the other end of its range; both bare: days after "du/the", hours otherwise. */
function resolveBareEnds(item: TimeItem): TimeItem {
  const { from, to } = item;
  if (to === undefined) return item;
  const fromBare = from.bareNumber;
  const toBare = to.bareNumber;
  if (fromBare === undefined && toBare === undefined) {
    const orderedFrom = inheritRangeFields(from, to, false);
    return { ...item, from: orderedFrom, to: inheritRangeFields(to, orderedFrom, true) };
  }
  const other = fromBare === undefined ? from : to;
  const isBothBare = fromBare !== undefined && toBare !== undefined;
  const asDay = isBothBare ? item.isDayLead === true : other.dayOfMonth !== undefined;
  const convert = (value: number | undefined, reference: TimeConstraint): TimeConstraint =>
    value === undefined
      ? reference
      : asDay
        ? { dayOfMonth: value }
        : { clockMinutes: (value % 24) * 60, isHourAmbiguous: value <= 12 };
  let newFrom = convert(fromBare, from);
  let newTo = convert(toBare, to);
  newFrom = inheritRangeFields(newFrom, newTo, false);
  newTo = inheritRangeFields(newTo, newFrom, true);
  return { ...item, from: newFrom, to: newTo };
}

/** Copies to one end of a range what only the other end states (the month, the day, am/pm, the zone). */
function inheritRangeFields(target: TimeConstraint, source: TimeConstraint, isEnd: boolean): TimeConstraint {
  let result: TimeConstraint = { ...target };
  if (!hasDatePart(result) && hasDatePart(source)) result = mergeConstraints(pick(source, DATE_KEYS), result);
  if (
    result.dayOfMonth !== undefined &&
    result.month === undefined &&
    source.month !== undefined &&
    source.dayOfMonth !== undefined
  ) {
    result.month = source.month;
    if (source.year !== undefined && result.year === undefined) result.year = source.year;
  }
  if (result.zone === undefined && source.zone !== undefined) result.zone = source.zone;
  if (
    result.isHourAmbiguous === true &&
    result.clockMinutes !== undefined &&
    source.clockMinutes !== undefined &&
    source.isHourAmbiguous !== true
  ) {
    result.clockMinutes = orderedHour(result.clockMinutes, source.clockMinutes, isEnd);
    result.isHourAmbiguous = false;
  } else if (
    isEnd &&
    result.clockMinutes !== undefined &&
    source.clockMinutes !== undefined &&
    result.clockMinutes < source.clockMinutes &&
    result.clockMinutes + 720 > source.clockMinutes
  ) {
    result.clockMinutes += 720;
  }
  if (
    result.partFromMinutes === undefined &&
    source.partFromMinutes !== undefined &&
    result.clockMinutes !== undefined &&
    result.isHourAmbiguous === true
  ) {
    result.partFromMinutes = source.partFromMinutes;
    result.partToMinutes = source.partToMinutes;
  }
  return result;
}

/**
 * Reads an ambiguous hour so that the range stays in order: "3-4pm" starts at 15:00 (the latest
 * start not after the end), "8am until 6" ends at 18:00 (the first end after the start).
 */
function orderedHour(ambiguous: number, other: number, isEnd: boolean): number {
  const asAm = ambiguous % 720;
  const asPm = asAm + 720;
  if (isEnd) return asAm > other ? asAm : asPm;
  return asPm <= other ? asPm : asAm;
}

/**
 * A date said once applies to the times around it ("Thursday from 9:30 to 11:00") and, in a list,
 * a time of day said once applies to every day ("Tuesday or Thursday afternoon").
 */
function shareContext(items: TimeItem[]): TimeItem[] {
  const result: TimeItem[] = [];
  for (const said of items) {
    const previous = result[result.length - 1];
    // "sauf le vendredi 4 juin après 16h": a bound said right after a ruled-out day rules out that part of it.
    const isBoundOfRuledOutDay =
      previous !== undefined &&
      previous.isExcluded &&
      !said.isExcluded &&
      !said.isListed &&
      said.mode !== 'window' &&
      said.to === undefined &&
      hasTimePart(said.from) &&
      !namesDays(said.from) &&
      said.start - previous.end <= 12;
    const item = isBoundOfRuledOutDay ? { ...said, isExcluded: true } : said;
    if (
      previous !== undefined &&
      !item.isListed &&
      previous.to === undefined &&
      previous.mode === 'window' &&
      previous.isExcluded === item.isExcluded
    ) {
      const isDateOnly =
        namesDays(previous.from) && !hasTimePart(previous.from) && previous.from.instantFromMs === undefined;
      if (isDateOnly && !namesDays(item.from)) {
        shareWithListedDates(result, item);
        continue;
      }
    }
    result.push({ ...item });
  }
  distributeOverLists(result);
  return result;
}

/** Days are named: a date part, or a kind of day ("any weekday", "weekends") over the days to come. */
function namesDays(constraint: TimeConstraint): boolean {
  return hasDatePart(constraint) || constraint.isWorkdayOnly === true || constraint.isWeekendOnly === true;
}

function isDateOnlyWindow(item: TimeItem): boolean {
  return (
    item.to === undefined &&
    item.mode === 'window' &&
    namesDays(item.from) &&
    !hasTimePart(item.from) &&
    item.from.instantFromMs === undefined
  );
}

/**
 * A time said once after a list of days holds for each of them: "Tuesday or Thursday next week, between
 * 2 and 4pm", "Thursday or Friday, before 9:30am". The last item of `result` is a date-only window.
 */
function shareWithListedDates(result: TimeItem[], item: TimeItem): void {
  let first = result.length - 1;
  while (first > 0) {
    const earlier = result[first - 1] as TimeItem;
    const isSameList = (result[first] as TimeItem).isListed && earlier.isExcluded === item.isExcluded;
    if (!isSameList || !isDateOnlyWindow(earlier)) break;
    first -= 1;
  }
  for (let index = first; index < result.length; index += 1) {
    const listed = result[index] as TimeItem;
    result[index] = { ...withDate(item, listed.from, listed.start), isListed: listed.isListed };
  }
}

function withDate(item: TimeItem, date: TimeConstraint, start: number): TimeItem {
  const dateFields = pick(date, DATE_KEYS);
  const shared: TimeItem = { ...item, start, from: mergeConstraints(dateFields, item.from) };
  if (item.to !== undefined && !hasDatePart(item.to)) shared.to = mergeConstraints(dateFields, item.to);
  return shared;
}

/** What places a day inside a larger unit: a week or month anchor, a month, a year. */
const QUALIFIER_KEYS = ['anchorFromDay', 'anchorToDay', 'isWeekAnchor', 'isMonthAnchor', 'month', 'year'] as const;
/** What "the week of the 22nd" says: the date whose week it is. */
const WEEK_OF_KEYS = ['isWeekOf', 'dayOfMonth', 'month', 'year'] as const;

/** The kind of day an item names on its own: a weekday ("Tuesday") or a day of the month ("the 3rd"). */
function headOf(constraint: TimeConstraint): 'weekday' | 'dayOfMonth' | undefined {
  if (constraint.weekday !== undefined && constraint.dayOfMonth === undefined) return 'weekday';
  if (constraint.dayOfMonth !== undefined && constraint.weekday === undefined) return 'dayOfMonth';
  return undefined;
}

/**
 * A qualifier said after the last option of a list qualifies every option of the same kind:
 * "Tuesday or Wednesday next week" = next week's Tuesday and Wednesday; "the 3rd or 4th of April".
 */
function distributeQualifier(items: TimeItem[], index: number): void {
  const item = items[index] as TimeItem;
  // "le jeudi ou le vendredi de la semaine du 22 mars": the date names the week the weekdays are in.
  const isWeekdayOfWeek = item.from.isWeekOf === true && item.from.weekday !== undefined;
  const head = isWeekdayOfWeek ? 'weekday' : headOf(item.from);
  const qualifier = pick(item.from, isWeekdayOfWeek ? WEEK_OF_KEYS : QUALIFIER_KEYS);
  if (head === undefined || Object.keys(qualifier).length === 0) return;
  for (let back = index - 1; back >= 0 && (items[back + 1] as TimeItem).isListed; back -= 1) {
    const listed = items[back] as TimeItem;
    const isBare =
      QUALIFIER_KEYS.every((key) => listed.from[key] === undefined) &&
      listed.from.weekdayMode === undefined &&
      listed.from.isRecurring !== true;
    if (listed.to !== undefined || listed.isExcluded !== item.isExcluded || headOf(listed.from) !== head || !isBare)
      return;
    listed.from = mergeConstraints(listed.from, qualifier);
  }
}

/**
 * The times of a time-led list ending at `last` ("late afternoon or early evening on Tuesday"): the time of
 * `last` and of the listed times said before it on the same date, first said first.
 */
function timesLedBefore(items: readonly TimeItem[], last: number): TimeConstraint[] {
  const keys = [...TIME_KEYS, 'zone'] as const;
  const end = items[last] as TimeItem;
  const date = JSON.stringify(pick(end.from, DATE_KEYS));
  const times = [pick(end.from, keys)];
  for (let index = last; index >= 1 && (items[index] as TimeItem).isListed; index -= 1) {
    const earlier = items[index - 1] as TimeItem;
    if (
      earlier.to !== undefined ||
      !hasTimePart(earlier.from) ||
      JSON.stringify(pick(earlier.from, DATE_KEYS)) !== date
    )
      break;
    times.unshift(pick(earlier.from, keys));
  }
  return times;
}

function distributeOverLists(items: TimeItem[]): void {
  // "Friday at 8 or 9am ET": the zone said once holds for each time listed before it.
  for (let index = items.length - 1; index >= 1; index -= 1) {
    const item = items[index] as TimeItem;
    const previous = items[index - 1] as TimeItem;
    const isUnzonedTime = previous.from.clockMinutes !== undefined && previous.from.zone === undefined;
    if (item.isListed && item.from.zone !== undefined && isUnzonedTime)
      previous.from = { ...previous.from, zone: item.from.zone };
  }
  for (let index = items.length - 1; index >= 1; index -= 1) {
    if ((items[index] as TimeItem).isListed) distributeQualifier(items, index);
  }
  const extras: Array<{ after: TimeItem; item: TimeItem }> = [];
  const ledTimes = new Map<TimeItem, TimeConstraint[]>();
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index] as TimeItem;
    const previous = items[index - 1] as TimeItem;
    // "Thursday 2-4pm or 4-6pm": a range of times listed after a dated option is on the same day.
    if (item.isListed && item.to !== undefined && !hasDatePart(item.from) && !hasDatePart(item.to)) {
      const date = pick(previous.from, DATE_KEYS);
      if (hasDatePart(date) && hasTimePart(item.from)) {
        item.from = mergeConstraints(date, item.from);
        item.to = mergeConstraints(date, item.to);
      }
    }
    // "le vendredi 23, entre 10h et 12h ou après 15h": a time listed after a dated range of hours is on that day.
    const isTimeAfterDatedRange =
      item.isListed && item.to === undefined && previous.to !== undefined && item.isExcluded === previous.isExcluded;
    if (isTimeAfterDatedRange && !hasDatePart(item.from) && hasTimePart(item.from) && hasDatePart(previous.from))
      item.from = mergeConstraints(pick(previous.from, DATE_KEYS), item.from);
    // A choice and a ruled-out day share nothing ("not the Wednesday, and mornings only").
    if (!item.isListed || item.to !== undefined || previous.to !== undefined) continue;
    if (item.isExcluded !== previous.isExcluded) continue;
    if (hasTimePart(item.from) && !hasTimePart(previous.from) && hasDatePart(previous.from)) {
      // Walk back over the whole list: "Monday, Tuesday or Thursday afternoon".
      for (let back = index - 1; back >= 0; back -= 1) {
        const listed = items[back] as TimeItem;
        if (hasTimePart(listed.from) || listed.to !== undefined) break;
        // The zone goes with the time: "Tuesday, Wednesday or Thursday at 9am UK time".
        listed.from = mergeConstraints(listed.from, pick(item.from, [...TIME_KEYS, 'zone']));
        // "Tuesday and Thursday mornings": the habit holds for each weekday listed.
        if (item.from.isRecurring === true && isLoneWeekday(listed.from))
          listed.from = { ...listed.from, isRecurring: true };
        if (!listed.isListed) break;
      }
    }
    // "the mornings of the 15th and 16th", "les soirées du 15 et du 16": the time said first holds for each date.
    if (previous.isTimeLed === true && hasDatePart(item.from) && !hasTimePart(item.from)) {
      // "late afternoon or early evening on Tuesday or Wednesday": each time said first holds for each date.
      const times = ledTimes.get(previous) ?? timesLedBefore(items, index - 1);
      const [first, ...others] = times;
      const date = item.from;
      item.from = mergeConstraints(date, first ?? pick(previous.from, [...TIME_KEYS, 'zone']));
      item.isTimeLed = true;
      ledTimes.set(item, times);
      for (const time of others.reverse())
        extras.push({ after: item, item: { ...item, from: mergeConstraints(date, time), isListed: true } });
    }
    if (hasDatePart(previous.from) && !hasDatePart(item.from) && hasTimePart(item.from))
      item.from = mergeConstraints(pick(previous.from, DATE_KEYS), item.from);
    if (hasDatePart(item.from) && !hasDatePart(previous.from) && hasTimePart(previous.from))
      previous.from = mergeConstraints(pick(item.from, DATE_KEYS), previous.from);
  }
  for (const { after, item } of extras) items.splice(items.indexOf(after) + 1, 0, item);
}
