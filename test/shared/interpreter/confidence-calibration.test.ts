/**
 * The overall confidence (#4), measured on the newest blind held-out set (labels committed before its first
 * run, never tuned on): the calibration is fitted on the earlier sets' first blind runs
 * (fit-confidence-calibration.ts), so this set is new to it too. Fifth set's first run: 24 of 60 readings
 * wrong; Brier 0.2396 against 0.2400 for the base rate (level with it), ECE 0.127, mean confidence 0.53
 * right / 0.46 wrong, 13 % of the wrong readings flagged at LOW_CONFIDENCE_THRESHOLD against 3 % of the
 * right ones. On the fourth set's first run (Brier 0.259 against 0.236, ECE 0.101), the calibration fitted
 * on the development set, which had every reading right, scored Brier 0.547 and ECE 0.564 (mean confidence
 * 0.96): the level is now honest, the ranking still weak. The goal not met is marked `it.fails`, to be
 * flipped to `it` the day it is met.
 * History (first blind runs, development-fitted calibration): third set Brier 0.491 against 0.248; second
 * 0.451 against 0.248; first 0.429 against 0.249.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE_THRESHOLD } from '../../../shared/src/index.js';
import { evaluateCorpus, isAllRight, type CorpusReport } from './evaluate-corpus.js';
import { calibrationFigures } from './calibration-figures.js';
import { loadCorpus } from './corpus/load-corpus.js';

const BLIND_SET = 'held-out-5';

describe(`overall confidence calibration on the newest blind held-out corpus, ${BLIND_SET} (#4)`, () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus(loadCorpus(BLIND_SET));
  });

  it('has wrong and right readings to compare', () => {
    expect(report.calibration.wrongCount).toBeGreaterThanOrEqual(10);
    expect(report.calibration.count - report.calibration.wrongCount).toBeGreaterThanOrEqual(20);
  });

  it('gives wrong readings a lower mean confidence than right ones', () => {
    expect(report.calibration.meanConfidenceWrong).toBeLessThan(report.calibration.meanConfidenceRight);
  });

  it('flags a larger share of the wrong readings than of the right ones', () => {
    expect(report.calibration.threshold).toBe(LOW_CONFIDENCE_THRESHOLD);
    expect(report.calibration.wrongFlagged).toBeGreaterThan(report.calibration.rightFlagged);
  });

  it('beats answering "certainly right" every time (Brier of the constant 1)', () => {
    const alwaysCertain = calibrationFigures(
      report.scores.map((s) => ({ confidence: 1, isRight: isAllRight(s) })),
      LOW_CONFIDENCE_THRESHOLD,
    );
    expect(report.calibration.brier).toBeLessThan(alwaysCertain.brier);
  });

  it('keeps the mean confidence near the share of right readings (ECE under 0.15)', () => {
    expect(report.calibration.expectedCalibrationError).toBeLessThan(0.15);
  });

  it.fails('keeps it within 0.05 (ECE): not yet', () => {
    expect(report.calibration.expectedCalibrationError).toBeLessThan(0.05);
  });

  it('does no worse than the constant share of right readings (Brier)', () => {
    expect(report.calibration.brier).toBeLessThan(report.calibration.baselineBrier);
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
