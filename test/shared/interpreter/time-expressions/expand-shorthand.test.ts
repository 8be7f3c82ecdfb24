import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../../shared/src/interpreter/time-expressions/expand-shorthand.js';

describe('expandShorthand', () => {
  it.each([
    ['call tmrw aftn?', 'call tomorrow afternoon?'],
    ['nxt wk exept weds', 'next week except Wednesday'],
    ['drinks thurs eve?', 'drinks thurs evening?'],
    ['2moro mornin, b4 10', 'tomorrow morning, before 10'],
    ['on se voit dem1 ap-m ?', 'on se voit demain après-midi ?'],
    ['un déj la sem pro ?', 'un déj la semaine prochaine ?'],
    ['demain mat ?', 'demain matin ?'],
  ])('spells out %j', (text, expected) => {
    expect(expandShorthand(text)).toBe(expected);
  });

  it.each([
    'Christmas Eve lunch?',
    'Steve can join, with the weekly mat review',
    'I expect Monday works',
    'Wkly sync at the Mornington Crescent office',
  ])('leaves %j as it is', (text) => {
    expect(expandShorthand(text)).toBe(text);
  });
});
