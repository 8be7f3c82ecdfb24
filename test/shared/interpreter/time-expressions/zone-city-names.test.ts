import { describe, expect, it } from 'vitest';
import { CITY_ZONES } from '../../../../shared/src/interpreter/time-expressions/zone-city-names.js';

describe('CITY_ZONES', () => {
  it.each([
    ['perth', 'Australia/Perth'],
    ['new york', 'America/New_York'],
    ['dubai', 'Asia/Dubai'],
    ['montreal', 'America/Toronto'],
    ['geneve', 'Europe/Zurich'],
    ['pekin', 'Asia/Shanghai'],
    ['bombay', 'Asia/Kolkata'],
  ])('reads %j as %s', (city, zone) => {
    expect(CITY_ZONES.get(city)).toBe(zone);
  });

  it.each(['christmas', 'easter', 'wake', 'center'])('never reads the everyday word %j as a city', (word) => {
    expect(CITY_ZONES.has(word)).toBe(false);
  });
});
