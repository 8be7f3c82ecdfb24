import { describe, it } from 'vitest';
import { compareWithReference } from './zone-fuzz.js';

// The other half of the reference comparison: ±30-minute DST (Lord Howe), :30 and :45 offsets.
const ZONES = ['Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham'];

describe('findFreeSlots against a minute-by-minute reference (:30 and :45 offsets)', () => {
  ZONES.forEach((zone, index) => {
    it(`agrees on 5000 random scenarios in ${zone}`, () => {
      compareWithReference(zone, 5000, 20260402 + index);
    });
  });
});
