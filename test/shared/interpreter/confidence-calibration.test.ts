/**
 * The overall confidence (#4), measured on readings of mail neither the interpreter nor its calibration had
 * seen: the fifth held-out set as the interpreter read it at its first, blind run (commit 142c284, saved in
 * calibration/held-out-5-first-run.json by calibration/dump-first-run.ts, since the set has been studied
 * since), scored with the shipped calibration, which is fitted on the earlier sets' first blind runs
 * (fit-confidence-calibration.ts). At that run: 24 of 60 readings wrong; Brier 0.2396 against 0.2400 for the
 * base rate (level with it), ECE 0.127, mean confidence 0.53 right / 0.46 wrong, 13 % of the wrong readings
 * flagged at LOW_CONFIDENCE_THRESHOLD against 3 % of the right ones. On the fourth set's first run, the
 * calibration fitted on the development set (where every reading is right) scored Brier 0.547 against 0.236
 * and ECE 0.564 (mean confidence 0.96): the level is now honest, the ranking still weak. The goal not met is
 * marked `it.fails`, to be flipped to `it` the day it is met.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE_THRESHOLD } from '../../../shared/src/index.js';
import { combineConfidence } from '../../../shared/src/interpreter/combine-confidence.js';
import type { ConfidenceFeatures } from '../../../shared/src/interpreter/confidence-features.js';
import { calibrationFigures } from './calibration-figures.js';

interface BlindReading {
  readonly id: string;
  readonly right: boolean;
  readonly features: ConfidenceFeatures;
}

const readings = JSON.parse(
  readFileSync(new URL('./calibration/held-out-5-first-run.json', import.meta.url), 'utf8'),
) as BlindReading[];
const points = readings.map((r) => ({ confidence: combineConfidence(r.features), isRight: r.right }));
const figures = calibrationFigures(points, LOW_CONFIDENCE_THRESHOLD);

describe('overall confidence calibration on the fifth held-out set as first read, blind (#4)', () => {
  it('has wrong and right readings to compare', () => {
    expect(figures.count).toBe(60);
    expect(figures.wrongCount).toBeGreaterThanOrEqual(10);
    expect(figures.count - figures.wrongCount).toBeGreaterThanOrEqual(20);
  });

  it('gives wrong readings a lower mean confidence than right ones', () => {
    expect(figures.meanConfidenceWrong).toBeLessThan(figures.meanConfidenceRight);
  });

  it('flags a larger share of the wrong readings than of the right ones', () => {
    expect(figures.wrongFlagged).toBeGreaterThan(figures.rightFlagged);
  });

  it('beats answering "certainly right" every time (Brier of the constant 1)', () => {
    const alwaysCertain = calibrationFigures(
      points.map((p) => ({ confidence: 1, isRight: p.isRight })),
      LOW_CONFIDENCE_THRESHOLD,
    );
    expect(figures.brier).toBeLessThan(alwaysCertain.brier);
  });

  it('keeps the mean confidence near the share of right readings (ECE under 0.15)', () => {
    expect(figures.expectedCalibrationError).toBeLessThan(0.15);
  });

  it.fails('keeps it within 0.05 (ECE): not yet', () => {
    expect(figures.expectedCalibrationError).toBeLessThan(0.05);
  });

  it('does no worse than the constant share of right readings (Brier)', () => {
    expect(figures.brier).toBeLessThan(figures.baselineBrier);
  });
});

describe('calibrationFigures', () => {
  it('measures Brier, calibration error and flagged shares', () => {
    const points = [
      { confidence: 0.95, isRight: true },
      { confidence: 0.95, isRight: true },
      { confidence: 0.4, isRight: false },
      { confidence: 0.85, isRight: true },
    ];
    const figures = calibrationFigures(points, 0.9);
    expect(figures.brier).toBeCloseTo((0.05 ** 2 * 2 + 0.4 ** 2 + 0.15 ** 2) / 4, 10);
    expect(figures.wrongFlagged).toBe(1);
    expect(figures.rightFlagged).toBeCloseTo(1 / 3, 10);
    expect(figures.expectedCalibrationError).toBeCloseTo((2 / 4) * 0.05 + (1 / 4) * 0.4 + (1 / 4) * 0.15, 10);
  });
});
