import { describe, it } from 'vitest';
import { compareWithReference } from './zone-fuzz.js';

// 5,000 random scenarios per zone around each 2025–2026 transition; fixed seeds so a failure replays.
// Split over two files so the two CI cores share the work; this one holds the whole-hour DST zones.
const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Australia/Sydney',
  'America/Santiago',
  'America/Havana',
  'Africa/Cairo',
];

describe('findFreeSlots against a minute-by-minute reference (whole-hour zones, midnight transitions)', () => {
  ZONES.forEach((zone, index) => {
    it(`agrees on 5000 random scenarios in ${zone}`, () => {
      compareWithReference(zone, 5000, 20260302 + index);
    });
  });
});
