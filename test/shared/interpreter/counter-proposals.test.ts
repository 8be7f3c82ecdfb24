/**
 * Category tests (sentences invented for the rules): a reply that withdraws the time agreed earlier
 * and offers new ones. The withdrawn day is excluded, the new options win, and "same time" keeps the
 * earlier hour, across a DST change too.
 */
import { describe, expect, it } from 'vitest';
import { interpretThread } from '../../../shared/src/index.js';
import { splitUnavailability } from '../../../shared/src/interpreter/split-unavailability.js';

const CLIENT = { email: 'client@home.example', name: 'Claire Client' };
const GUEST = { email: 'guest@away.example', name: 'Gus Guest' };

/** The client proposes (older), the guest answers (newer); dates are UTC instants. */
function reply(proposal: { date: string; body: string }, answer: { date: string; body: string }, timeZone: string) {
  return interpretThread(
    {
      subject: 'Re: Meeting',
      messages: [
        { from: CLIENT, to: [GUEST], ...proposal },
        { from: GUEST, to: [CLIENT], ...answer },
      ],
    },
    { timeZone, self: [CLIENT.email] },
  );
}

describe('splitUnavailability', () => {
  it.each([
    ["Friday doesn't suit me, but Monday works.", "Friday doesn't suit me", 'but Monday works.'],
    ['Vendredi ne sera finalement pas possible. Lundi ?', 'Vendredi ne sera finalement pas possible.', 'Lundi ?'],
    ['A conflict came up on Friday - could we do Monday?', 'A conflict came up on Friday', 'could we do Monday?'],
    ["I have to postpone Friday's call; how about Monday?", "I have to postpone Friday's call", 'how about Monday?'],
  ])('%j rules out only the withdrawn clause', (text, unavailable, available) => {
    expect(splitUnavailability(text)).toEqual({ available, unavailable });
  });

  it.each([
    ["Tuesday's out I'm afraid. Wednesday at 2 is fine.", "Tuesday's out I'm afraid.", 'Wednesday at 2 is fine.'],
    ['Jeudi je ne pourrai malheureusement pas. Vendredi ?', 'Jeudi je ne pourrai malheureusement pas.', 'Vendredi ?'],
    ['Mardi soir je suis prise, donc plutôt mercredi.', 'Mardi soir je suis prise', 'donc plutôt mercredi.'],
    [
      'Mornings are fine, though Fridays are no good for me.',
      'though Fridays are no good for me.',
      'Mornings are fine',
    ],
  ])('%j rules out the day said unavailable', (text, unavailable, available) => {
    expect(splitUnavailability(text)).toEqual({ available, unavailable });
  });

  it.each([
    'Monday at 10? If that does not suit, Tuesday at the same time.',
    'Lundi 10h ? Sinon, si ça ne va pas, mardi même heure.',
  ])('keeps a conditional fallback %j as a proposal', (text) => {
    expect(splitUnavailability(text).unavailable).toBe('');
  });

  it('keeps "so not that day" with the day it points back to', () => {
    expect(splitUnavailability("I'm in Leeds on Monday, so not that day.").unavailable).toBe(
      "I'm in Leeds on Monday, so not that day.",
    );
  });

  it('keeps a range written with a dash in one clause', () => {
    expect(splitUnavailability("I'm free Monday - Wednesday, can we meet?").unavailable).toBe('');
  });

  it('keeps "reschedule to <day>" as a proposal', () => {
    expect(splitUnavailability("Let's reschedule to Friday. Could we do 3pm?").unavailable).toBe('');
  });
});

describe('a counter-proposal in a reply', () => {
  it('excludes the withdrawn day and keeps the new options (FR)', () => {
    const result = reply(
      { date: '2026-03-02T09:00:00Z', body: 'Je vous propose jeudi 5 mars à 11h.' },
      { date: '2026-03-02T15:00:00Z', body: "Jeudi ne m'arrange pas, mais vendredi 6 à 10h me va." },
      'Europe/Paris',
    );
    expect(result.timeWindows).toEqual([{ from: '2026-03-06T09:00:00.000Z', to: '2026-03-06T09:00:00.000Z' }]);
    expect(result.excluded).toEqual([{ from: '2026-03-04T23:00:00.000Z', to: '2026-03-05T23:00:00.000Z' }]);
  });

  it('moves the agreed time onto the new day with "same time", across a DST change (EN)', () => {
    // New York springs forward on 8 March 2026: 10:00 EST = 15:00 UTC, 10:00 EDT = 14:00 UTC.
    const result = reply(
      { date: '2026-03-02T14:00:00Z', body: 'Confirming our call Thursday March 5 at 10am.' },
      {
        date: '2026-03-04T14:00:00Z',
        body: 'A conflict came up Thursday - could we move to Monday March 9, same time?',
      },
      'America/New_York',
    );
    expect(result.timeWindows).toEqual([{ from: '2026-03-09T14:00:00.000Z', to: '2026-03-09T14:00:00.000Z' }]);
    expect(result.excluded).toEqual([{ from: '2026-03-05T05:00:00.000Z', to: '2026-03-06T05:00:00.000Z' }]);
  });

  it('rules out the day said "instead of" and keeps the new one (EN)', () => {
    const result = reply(
      { date: '2026-03-02T09:00:00Z', body: 'Confirming our meeting on Thursday 5 March at 11am.' },
      { date: '2026-03-03T09:00:00Z', body: 'Instead of Thursday, could we meet tomorrow, any time after 2pm?' },
      'Europe/London',
    );
    expect(result.intent).toBe('reschedule');
    expect(result.timeWindows).toEqual([{ from: '2026-03-04T14:00:00.000Z', to: '2026-03-05T00:00:00.000Z' }]);
    expect(result.excluded).toEqual([{ from: '2026-03-05T00:00:00.000Z', to: '2026-03-06T00:00:00.000Z' }]);
  });

  it('keeps the agreed day when "same time works" follows a week-long remark (EN)', () => {
    const result = reply(
      { date: '2026-03-02T09:00:00Z', body: 'Coffee on Thursday at 9?' },
      {
        date: '2026-03-03T09:00:00Z',
        body: 'The office is shut all week, can we do a video call instead? Same time works.',
      },
      'Europe/London',
    );
    expect(result.timeWindows).toEqual([{ from: '2026-03-05T09:00:00.000Z', to: '2026-03-05T09:00:00.000Z' }]);
  });
});

describe('a cancellation', () => {
  it.each([
    ["I'm sorry, but I have to cancel our lunch on Thursday - my trip was moved to Friday.", 'Europe/London'],
    ['Je dois annuler notre déjeuner de jeudi. Je pars à Lyon vendredi matin.', 'Europe/Paris'],
    ["We'll have to call off tomorrow's lunch - I'm ill. I'll get back to you next week.", 'Europe/Paris'],
  ])("%j reports the cancelled time, not the excuse's", (body, timeZone) => {
    const result = reply(
      { date: '2026-03-02T09:00:00Z', body: 'Lunch on Thursday?' },
      { date: '2026-03-03T09:00:00Z', body },
      timeZone,
    );
    expect(result.intent).toBe('cancel');
    expect(result.timeWindows).toHaveLength(1);
    expect(result.timeWindows[0]?.from.slice(0, 10)).toBe(
      body.includes('tomorrow') ? '2026-03-03' : timeZone === 'Europe/London' ? '2026-03-05' : '2026-03-04',
    );
    expect(result.type).toBe('lunch');
  });
});
