import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoInstant, parseIsoInstant } from '@slash/shared';

const instants = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) });

describe('formatIsoInstant', () => {
  it('writes exactly what Date.prototype.toISOString writes, also when calls alternate between hours', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(instants, fc.integer({ min: 0, max: 7_200_000 })), { maxLength: 50 }), (pairs) => {
        for (const [startMs, lengthMs] of pairs) {
          expect(formatIsoInstant(startMs)).toBe(new Date(startMs).toISOString());
          expect(formatIsoInstant(startMs + lengthMs)).toBe(new Date(startMs + lengthMs).toISOString());
        }
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });
});

describe('parseIsoInstant', () => {
  it('reads back every instant formatIsoInstant writes', () => {
    fc.assert(
      fc.property(instants, (instantMs) => {
        expect(parseIsoInstant(formatIsoInstant(instantMs))).toBe(instantMs);
      }),
      { numRuns: 5_000, seed: 11 },
    );
  });

  it.each([
    ['2026-03-02T08:00:00Z', Date.UTC(2026, 2, 2, 8)],
    ['2026-03-02T09:00:00.5+01:00', Date.UTC(2026, 2, 2, 8, 0, 0, 500)],
    ['2026-03-02T08:00Z', Date.UTC(2026, 2, 2, 8)],
    ['2026-03-02T13:45:00+0545', Date.UTC(2026, 2, 2, 8)],
  ])('reads %s', (text, expectedMs) => {
    expect(parseIsoInstant(text)).toBe(expectedMs);
  });

  it.each(['2026-02-30T08:00:00Z', '2026-03-02T08:00:00', '2026-03-02 08:00:00Z', '2026-03-02T24:00:00Z', 'tomorrow'])(
    'refuses %s',
    (text) => {
      expect(parseIsoInstant(text)).toBeUndefined();
    },
  );
});
