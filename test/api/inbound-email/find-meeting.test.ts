import { describe, expect, it } from 'vitest';
import { describedClockTimes, findMeeting, type MeetingCandidate } from '@slash/api/inbound-email/find-meeting';
import { pickNewTime } from '@slash/api/inbound-email/pick-new-time';

const ZONE = 'Europe/Paris';
const NOW_MS = Date.parse('2026-03-02T08:00:00Z');

function meeting(id: string, start: string, contact: { email: string; name: string | null }): MeetingCandidate {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return { bookingId: id, requestId: `r-${id}`, start, end, type: 'call', contacts: [{ ...contact, optional: false }] };
}

const HELEN_TUE = meeting('helen-tue', '2026-03-03T10:00:00.000Z', { email: 'helen@a.example', name: 'Helen Park' });
const HELEN_WED = meeting('helen-wed', '2026-03-04T14:00:00.000Z', { email: 'helen@a.example', name: 'Helen Park' });
const PAUL_TUE = meeting('paul-tue', '2026-03-03T13:00:00.000Z', { email: 'paul@b.example', name: 'Paul Lefèvre' });
const BOB_WED = meeting('bob-wed', '2026-03-04T10:00:00.000Z', { email: 'bob.stone@c.example', name: null });
const ALL = [HELEN_TUE, PAUL_TUE, BOB_WED, HELEN_WED];

describe('findMeeting', () => {
  it.each([
    ['my 11am call with Helen to Thursday', 'reschedule', ['helen-tue'], true],
    ['my call with Helen to Thursday', 'reschedule', ['helen-tue', 'helen-wed'], true],
    ['cancel my call with helen on wednesday', 'cancel', ['helen-wed'], true],
    ['annule mon rendez-vous de mardi 14h avec M. LEFEVRE', 'cancel', ['paul-tue'], true],
    ['mon rendez-vous avec Paul à jeudi', 'reschedule', ['paul-tue'], true],
    ['cancel my 11am call with Bob Stone', 'cancel', ['bob-wed'], true],
    ['cancel my call with Zoe', 'cancel', [], false],
    ['cancel my 4pm call with Helen', 'cancel', [], true],
    ['please cancel my meeting', 'cancel', ['helen-tue', 'paul-tue', 'bob-wed', 'helen-wed'], false],
    ['cancel my 2pm meeting tomorrow', 'cancel', ['paul-tue'], true],
  ] as const)('reads "%s" (%s)', (text, intent, expected, isIdentified) => {
    const found = findMeeting({
      text,
      intent,
      interpretation: { contacts: [], timeWindows: [] },
      bookings: ALL,
      timeZone: ZONE,
      nowMs: NOW_MS,
    });
    expect(found.matches.map((match) => match.bookingId).sort()).toEqual([...expected].sort());
    expect(found.isIdentified).toBe(isIdentified);
  });

  it("narrows by the interpreter's contacts, and finds nothing for an address no booking has", () => {
    const base = {
      text: 'Please cancel our call.',
      intent: 'cancel' as const,
      bookings: ALL,
      timeZone: ZONE,
      nowMs: NOW_MS,
    };
    const paul = findMeeting({
      ...base,
      interpretation: { contacts: [{ email: 'paul@b.example', name: null, optional: false }], timeWindows: [] },
    });
    expect(paul.matches.map((match) => match.bookingId)).toEqual(['paul-tue']);
    const stranger = findMeeting({
      ...base,
      interpretation: { contacts: [{ email: 'x@d.example', name: null, optional: false }], timeWindows: [] },
    });
    expect(stranger.matches).toEqual([]);
  });

  it('ignores the quoted history below the message', () => {
    const found = findMeeting({
      text: 'Please cancel my call with Paul.\n\nOn Mon, 2 Mar 2026, Slash wrote:\n> Call with Helen Park',
      intent: 'cancel',
      interpretation: { contacts: [], timeWindows: [] },
      bookings: ALL,
      timeZone: ZONE,
      nowMs: NOW_MS,
    });
    expect(found.matches.map((match) => match.bookingId)).toEqual(['paul-tue']);
  });

  it('reads the clock times naming the existing meeting, not the new time', () => {
    expect(describedClockTimes('move my 11am call with Helen to Thursday 3pm', 'reschedule')).toEqual([660]);
    expect(describedClockTimes('décale mon rdv de mardi 14h30 à jeudi 10h', 'reschedule')).toEqual([870]);
    expect(describedClockTimes('cancel my 3:30pm call', 'cancel')).toEqual([930]);
  });
});

describe('pickNewTime', () => {
  const slots = ['2026-03-05T08:00:00Z', '2026-03-05T10:00:00Z', '2026-03-05T13:00:00Z', '2026-03-06T10:00:00Z'].map(
    (start) => ({ start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString() }),
  );
  const current = { start: '2026-03-03T10:00:00.000Z', end: '2026-03-03T10:30:00.000Z' };
  const thursday = { from: '2026-03-04T23:00:00.000Z', to: '2026-03-05T23:00:00.000Z' };

  it("prefers the meeting's own time of day inside the windows, else the earliest", () => {
    const sameTime = pickNewTime({
      slots,
      interpretation: { timeWindows: [thursday], excluded: [] },
      current,
      namedTimes: [],
      timeZone: ZONE,
    });
    expect(sameTime).toEqual({ isFree: true, time: slots[1] });
    const afternoon = { from: '2026-03-05T11:00:00.000Z', to: '2026-03-05T17:00:00.000Z' };
    const earliest = pickNewTime({
      slots,
      interpretation: { timeWindows: [afternoon], excluded: [] },
      current,
      namedTimes: [],
      timeZone: ZONE,
    });
    expect(earliest).toEqual({ isFree: true, time: slots[2] });
  });

  it('widens an exact start at the clock time that named the meeting to its whole day', () => {
    const exact = { from: '2026-03-05T10:00:00.000Z', to: '2026-03-05T10:00:00.000Z' };
    const busyAtEleven = slots.filter((slot) => slot.start !== '2026-03-05T10:00:00Z');
    const widened = pickNewTime({
      slots: busyAtEleven,
      interpretation: { timeWindows: [exact], excluded: [] },
      current,
      namedTimes: [660],
      timeZone: ZONE,
    });
    expect(widened).toEqual({ isFree: true, time: slots[0] });
    const strict = pickNewTime({
      slots: busyAtEleven,
      interpretation: { timeWindows: [exact], excluded: [] },
      current,
      namedTimes: [],
      timeZone: ZONE,
    });
    expect(strict.isFree).toBe(false);
  });

  it('offers at most 3 nearest free times when nothing is free in the windows', () => {
    const monday = { from: '2026-03-08T23:00:00.000Z', to: '2026-03-09T23:00:00.000Z' };
    const choice = pickNewTime({
      slots,
      interpretation: { timeWindows: [monday], excluded: [] },
      current,
      namedTimes: [],
      timeZone: ZONE,
    });
    expect(choice).toEqual({ isFree: false, alternatives: [slots[1], slots[2], slots[3]] });
  });
});
