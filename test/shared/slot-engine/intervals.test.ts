import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIntervals, type Interval } from '@slash/shared';

/** Obviously correct union on a small integer line: mark every covered point, read runs back. */
function referenceUnion(intervals: readonly Interval[]): Interval[] {
  const covered = new Set<number>();
  for (const { startMs, endMs } of intervals) for (let point = startMs; point < endMs; point++) covered.add(point);
  const points = [...covered].sort((a, b) => a - b);
  const runs: Interval[] = [];
  for (const point of points) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.endMs === point) runs[runs.length - 1] = { startMs: last.startMs, endMs: point + 1 };
    else runs.push({ startMs: point, endMs: point + 1 });
  }
  return runs;
}

const interval = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: -5, max: 40 }))
  .map(([startMs, length]) => ({
    startMs,
    endMs: startMs + length,
  }));

describe('mergeIntervals', () => {
  it('equals the point-by-point union for intervals in any order, touching, nested or empty', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), (intervals) => {
        expect(mergeIntervals(intervals)).toEqual(referenceUnion(intervals));
      }),
      { numRuns: 3_000, seed: 5 },
    );
  });

  it('joins intervals that touch and never mutates its input', () => {
    const input = [
      { startMs: 10, endMs: 20 },
      { startMs: 0, endMs: 10 },
      { startMs: 30, endMs: 30 },
    ];
    const copy = structuredClone(input);
    expect(mergeIntervals(input)).toEqual([{ startMs: 0, endMs: 20 }]);
    expect(input).toEqual(copy);
  });
});
