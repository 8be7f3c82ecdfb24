import { describe, expect, it } from 'vitest';
import { ownText, proposalByOrdinal, weekAfterProposals } from '@slash/api/inbound-email/answer-to-proposals';

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

describe('proposalByOrdinal', () => {
  const THREE = ['first', 'second', 'third'] as const;
  it.each([
    ['The second one works for me.', 'second'],
    ['the 2nd option please', 'second'],
    ['The second works, thanks!', 'second'],
    ['First one is perfect', 'first'],
    ['Let us go with the third slot.', 'third'],
    ['The last one, please.', 'third'],
    ['Option 2 works.', 'second'],
    ['#3 for me', 'third'],
    ['The first one does not work for me, but the second is fine.', 'second'],
    ["The first one doesn't suit me; the third one does.", 'third'],
    ['Le deuxième créneau me va.', 'second'],
    ['Le 2e me va, merci.', 'second'],
    ['La deuxième proposition est parfaite.', 'second'],
    ['Le second me convient.', 'second'],
    ['Va pour le premier créneau !', 'first'],
    ['Le troisième, ça me va.', 'third'],
    ['Le dernier créneau me va.', 'third'],
    ["L'option 2 me convient.", 'second'],
    ['Le premier ne me va pas, mais le deuxième oui.', 'second'],
  ])('reads %j', (text, expected) => {
    expect(proposalByOrdinal(text, THREE)).toBe(expected);
  });

  it.each([
    ['Tuesday at 2 works.'],
    ['None of these work, could we do the week after?'],
    ['First of all, thanks for the proposals; let me check.'],
    ['The first week of April would be better.'],
    ['The last time we met was great; can we do Thursday instead?'],
    ['The second one does not work for me.'],
    ['Pas le deuxième, désolé.'],
    ['Le premier, ça ne me va pas.'],
    ['Le premier trimestre est chargé, plutôt en avril.'],
    ['Je suis au 2e étage.'],
    ['The first one or the second one, both work.'],
    ['The fifth one works.'],
    ['Thanks!\n\n> The second one works for me.'],
  ])('names no single proposal in %j', (text) => {
    expect(proposalByOrdinal(text, THREE)).toBeUndefined();
  });
});
