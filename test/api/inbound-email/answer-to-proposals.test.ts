import { describe, expect, it } from 'vitest';
import { ownText, weekAfterProposals } from '@slash/api/inbound-email/answer-to-proposals';

const proposal = (start: string) => ({
  start,
  end: start,
  reasonCodes: [],
  reason: { en: '', fr: '' },
  optionalAttendeesFree: [],
});
/** Proposals on Tuesday 10 and Thursday 12 March 2026 (Paris). */
const MARCH = [proposal('2026-03-10T08:00:00.000Z'), proposal('2026-03-12T13:00:00.000Z')];
const PARIS = 'Europe/Paris';
const WEEK_OF_16_MARCH = { from: '2026-03-15T23:00:00.000Z', to: '2026-03-20T23:00:00.000Z' };

describe('weekAfterProposals', () => {
  it.each([
    ['None of these work, could we do the week after?', WEEK_OF_16_MARCH],
    ['none of these work. The week after that, maybe?', WEEK_OF_16_MARCH],
    ['Could we look at the following week instead?', WEEK_OF_16_MARCH],
    ['Aucun ne me convient, pourrait-on voir la semaine suivante ?', WEEK_OF_16_MARCH],
    ['Pas dispo, la semaine d’après ?', WEEK_OF_16_MARCH],
    ['The week after next would be better.', undefined],
    ['Could we do the week after March 23?', undefined],
    ['Tuesday at 9 works.', undefined],
    ['Thanks!\n\n> could we do the week after?', undefined],
  ])('reads %j', (text, expected) => {
    expect(weekAfterProposals({ text, proposals: MARCH, timeZone: PARIS })).toEqual(expected);
  });

  it('anchors on the latest proposal and keeps local midnight across the spring-forward change', () => {
    const lastWeekOfWinter = [proposal('2026-03-24T08:00:00.000Z'), proposal('2026-03-27T08:00:00.000Z')];
    // Paris moves to UTC+2 on Sunday 29 March: Monday 30 March starts at 22:00 UTC.
    expect(weekAfterProposals({ text: 'the week after?', proposals: lastWeekOfWinter, timeZone: PARIS })).toEqual({
      from: '2026-03-29T22:00:00.000Z',
      to: '2026-04-03T22:00:00.000Z',
    });
  });

  it('is undefined when nothing was proposed', () => {
    expect(weekAfterProposals({ text: 'the week after?', proposals: [], timeZone: PARIS })).toBeUndefined();
  });
});

describe('ownText', () => {
  it('stops at the quoted message', () => {
    expect(ownText('Fine.\nOn Mon, 2 Mar 2026, Slash wrote:\n> the week after')).toBe('Fine.');
    expect(ownText('Parfait.\nLe lun. 2 mars 2026, Slash a écrit :\n> x')).toBe('Parfait.');
  });
});
