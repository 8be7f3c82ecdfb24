/**
 * Which of the client's upcoming Slash bookings a client's "move" or "cancel" email is about (#9):
 * "please reschedule my 11am call with Helen to Thursday", "annule mon rendez-vous de mardi avec
 * Paul". The bookings are narrowed by the people named (the interpreter's contacts, the bookings'
 * contacts' addresses, first or last names in the text, accents ignored), then by a clock time or a
 * day the client gives for the existing meeting, then, for a cancellation, by the interpreted windows.
 *
 * A cue the client gives that fits no booking leaves nothing (better to ask than to act on another
 * meeting); a booking is only acted on when some cue picked it.
 *
 * Zone semantics: clock times and days are the client's wall clock in `timeZone` at the booking's
 * start, read with the shared zoned-time functions.
 */
import { addCivilDays, formatCivilDate, localDateAt, wallClockAt, type Interpretation } from '@slash/shared';
import type { ClientBookingView } from '../booking/service.js';
import { ownText } from './answer-to-proposals.js';

/** A booking the client may mean, as the booking domain lists a client's upcoming bookings. */
export type MeetingCandidate = ClientBookingView;

/** The bookings left, and whether a cue the client gave picked them. */
export interface MeetingSearch<T extends MeetingCandidate> {
  readonly matches: T[];
  readonly isIdentified: boolean;
}

/** Lower case, no accents, straight apostrophes: "Lefèvre" and "lefevre" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'");
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
};

/** Where the new time starts in a "move" request ("… to Thursday", "… à jeudi"): the last such word. */
const TARGET_MARKER = /\s(?:to|until|till|into|a|au|aux|pour)\s/g;

/** The words describing the existing meeting: all of a cancellation, a move's words before its new time. */
function describingWords(folded: string, intent: 'reschedule' | 'cancel'): string {
  if (intent === 'cancel') return folded;
  const markers = [...folded.matchAll(TARGET_MARKER)];
  const last = markers.at(-1);
  return last === undefined ? folded : folded.slice(0, last.index);
}

/** Clock times named in folded text, as minutes after local midnight ("11am", "14h30", "15:00", "midi"). */
export function namedClockTimes(folded: string): number[] {
  const minutes = new Set<number>();
  for (const match of folded.matchAll(/\b(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/g)) {
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) continue;
    const isPm = (match[3] ?? '').startsWith('p');
    minutes.add(((hour % 12) + (isPm ? 12 : 0)) * 60 + Number(match[2] ?? 0));
  }
  for (const match of folded.matchAll(/\b(\d{1,2})\s*(?:h\s*(\d{2})?|:(\d{2}))(?![a-z0-9]|\s*[ap]\.?m\b)/g)) {
    const hour = Number(match[1]);
    const minute = Number(match[2] ?? match[3] ?? 0);
    if (hour <= 23 && minute <= 59) minutes.add(hour * 60 + minute);
  }
  if (/\b(?:noon|midday|midi)\b/.test(folded)) minutes.add(12 * 60);
  return [...minutes];
}

/** Days named in folded text: ISO weekdays and local dates (today, tomorrow). */
function namedDays(
  folded: string,
  input: { nowMs: number; timeZone: string },
): { weekdays: number[]; dates: string[] } {
  const weekdays = Object.entries(WEEKDAYS)
    .filter(([word]) => new RegExp(`\\b${word}\\b`).test(folded))
    .map(([, weekday]) => weekday);
  const today = localDateAt(input.timeZone, input.nowMs);
  const dates = [
    ...(/\b(?:today|aujourd'hui)\b/.test(folded) ? [today] : []),
    ...(/\b(?:tomorrow|demain)\b/.test(folded) ? [formatCivilDate(addCivilDays(today, 1))] : []),
  ];
  return { weekdays, dates };
}

/** The words of a contact that, found in the text, name them: name parts, else the address's local part. */
function nameWords(contact: MeetingCandidate['contacts'][number]): string[] {
  const source = contact.name ?? contact.email.split('@')[0]?.replace(/[._-]+/g, ' ') ?? '';
  return foldText(source)
    .split(/[\s,]+/)
    .filter((word) => word.length >= 3 && /^\p{L}[\p{L}'-]*$/u.test(word));
}

function namesContact(folded: string, emails: ReadonlySet<string>, contact: MeetingCandidate['contacts'][number]) {
  if (emails.has(contact.email) || folded.includes(contact.email)) return true;
  return nameWords(contact).some((word) =>
    // Words are letters, hyphens and apostrophes only (nameWords), so they need no escaping.
    new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(folded),
  );
}

/** "with Bob" / "avec Bob": somebody is named, whether or not Slash knows them. */
const NAMED_PERSON = /\b(?:with|avec)\s+\p{Lu}\p{L}+/u;

function startsInWindows(startMs: number, windows: Interpretation['timeWindows']): boolean {
  return windows.some((window) => {
    const fromMs = Date.parse(window.from);
    if (window.to === null) return startMs >= fromMs;
    const toMs = Date.parse(window.to);
    return toMs === fromMs ? startMs === fromMs : startMs >= fromMs && startMs < toMs;
  });
}

/** The bookings the client's message describes; see the module comment. */
export function findMeeting<T extends MeetingCandidate>(input: {
  readonly text: string;
  readonly intent: 'reschedule' | 'cancel';
  readonly interpretation: Pick<Interpretation, 'contacts' | 'timeWindows'>;
  readonly bookings: readonly T[];
  readonly timeZone: string;
  readonly nowMs: number;
}): MeetingSearch<T> {
  const own = ownText(input.text);
  const folded = foldText(own);
  const emails = new Set(input.interpretation.contacts.map((contact) => contact.email.toLowerCase()));
  let matches = [...input.bookings];
  let isIdentified = false;
  const byPerson = matches.filter((booking) =>
    booking.contacts.some((contact) => namesContact(folded, emails, contact)),
  );
  if (byPerson.length > 0) {
    matches = byPerson;
    isIdentified = true;
  } else if (emails.size > 0 || NAMED_PERSON.test(own)) {
    return { matches: [], isIdentified: false };
  }
  const describing = describingWords(folded, input.intent);
  const wallOf = (booking: T) => wallClockAt(input.timeZone, Date.parse(booking.start));
  const times = namedClockTimes(describing);
  if (times.length > 0) {
    matches = matches.filter((booking) => times.includes(wallOf(booking).hour * 60 + wallOf(booking).minute));
    isIdentified = true;
  }
  const days = namedDays(describing, input);
  if (days.weekdays.length > 0 || days.dates.length > 0) {
    matches = matches.filter(
      (booking) =>
        days.weekdays.includes(wallOf(booking).weekday) ||
        days.dates.includes(localDateAt(input.timeZone, Date.parse(booking.start))),
    );
    isIdentified = true;
  }
  if (input.intent === 'cancel' && input.interpretation.timeWindows.length > 0) {
    const inWindows = matches.filter((booking) =>
      startsInWindows(Date.parse(booking.start), input.interpretation.timeWindows),
    );
    if (inWindows.length > 0 && inWindows.length < matches.length) {
      matches = inWindows;
      isIdentified = true;
    }
  }
  return { matches, isIdentified };
}

/** Clock times the client gives for the existing meeting ("my 11am call"), in minutes after local midnight. */
export function describedClockTimes(text: string, intent: 'reschedule' | 'cancel'): number[] {
  return namedClockTimes(describingWords(foldText(ownText(text)), intent));
}
