import { describe, expect, it } from 'vitest';
import { mergeTouchingWindows } from '../../../shared/src/interpreter/time-window-set.js';

const PARIS = 'Europe/Paris';
// Paris is UTC+2 in June 2026.
const at = (local: string): number => Date.parse(`${local}:00+02:00`);
const w = (from: string, to: string | null): { fromMs: number; toMs: number | null } => ({
  fromMs: at(from),
  toMs: to === null ? null : at(to),
});

describe('mergeTouchingWindows', () => {
  it('joins windows that touch into one stretch, at the place of the first one', () => {
    const joined = mergeTouchingWindows(
      [
        w('2026-06-10T16:00', '2026-06-10T18:00'),
        w('2026-06-09T09:00', '2026-06-09T10:00'),
        w('2026-06-10T18:00', '2026-06-10T22:00'),
      ],
      { timeZone: PARIS, keepListedDays: true },
    );
    expect(joined).toEqual([w('2026-06-10T16:00', '2026-06-10T22:00'), w('2026-06-09T09:00', '2026-06-09T10:00')]);
  });

  it('joins a part of a day with the whole next day, and overlapping or open windows', () => {
    expect(
      mergeTouchingWindows([w('2026-06-08T14:00', '2026-06-09T00:00'), w('2026-06-09T00:00', '2026-06-10T00:00')], {
        timeZone: PARIS,
        keepListedDays: true,
      }),
    ).toEqual([w('2026-06-08T14:00', '2026-06-10T00:00')]);
    expect(
      mergeTouchingWindows([w('2026-06-08T09:00', '2026-06-08T12:00'), w('2026-06-08T11:00', null)], {
        timeZone: PARIS,
        keepListedDays: true,
      }),
    ).toEqual([w('2026-06-08T09:00', null)]);
  });

  it('keeps listed whole days apart unless asked to join them (exclusions)', () => {
    const days = [w('2026-06-08T00:00', '2026-06-09T00:00'), w('2026-06-09T00:00', '2026-06-10T00:00')];
    expect(mergeTouchingWindows(days, { timeZone: PARIS, keepListedDays: true })).toEqual(days);
    expect(mergeTouchingWindows(days, { timeZone: PARIS, keepListedDays: false })).toEqual([
      w('2026-06-08T00:00', '2026-06-10T00:00'),
    ]);
  });

  it('never joins exact starts', () => {
    const windows = [w('2026-06-08T10:00', '2026-06-08T10:00'), w('2026-06-08T10:00', '2026-06-08T11:00')];
    expect(mergeTouchingWindows(windows, { timeZone: PARIS, keepListedDays: true })).toEqual(windows);
  });
});
