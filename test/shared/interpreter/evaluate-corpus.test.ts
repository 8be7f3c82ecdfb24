import { describe, expect, it } from 'vitest';
import { samePlace, sameTimeWindows } from './evaluate-corpus.js';

const H = 3_600_000;
const w = (fromH: number, toH: number | null): { fromMs: number; toMs: number | null } => ({
  fromMs: fromH * H,
  toMs: toH === null ? null : toH * H,
});

describe('the eval compares time windows as the time they allow', () => {
  it('counts two touching whole days and one two-day window as the same reading', () => {
    expect(sameTimeWindows([w(0, 48)], [w(0, 24), w(24, 48)])).toBe(true);
    expect(sameTimeWindows([w(0, 24), w(30, 48)], [w(0, 24), w(24, 48)])).toBe(false);
  });

  it('keeps exact starts apart from stretches and open ends apart from closed ones', () => {
    expect(sameTimeWindows([w(10, 10)], [w(10, 11)])).toBe(false);
    expect(sameTimeWindows([w(10, 10), w(10, 10)], [w(10, 10)])).toBe(true);
    expect(sameTimeWindows([w(10, null)], [w(10, 34)])).toBe(false);
    expect(sameTimeWindows([w(10, null)], [w(10, 12), w(11, null)])).toBe(true);
    expect(sameTimeWindows([], [])).toBe(true);
  });
});

describe('the eval compares places by their words', () => {
  it('reads a venue joined to its street by "on", "à" or a comma as the same place', () => {
    expect(samePlace("Harlow's, Wells St", { text: "Harlow's on Wells St" })).toBe(true);
    expect(samePlace('14 rue des Tanneurs, Lyon', { text: '14 rue des Tanneurs à Lyon' })).toBe(true);
  });

  it('still tells different places apart', () => {
    expect(samePlace("Harlow's, Wells St", { text: 'Wells St' })).toBe(false);
    expect(samePlace('Café des Arts', { text: 'Café de Flore' })).toBe(false);
    expect(samePlace(null, { text: 'Café de Flore' })).toBe(false);
  });
});
