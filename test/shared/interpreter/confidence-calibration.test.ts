/**
 * The overall confidence (#4), measured on the third held-out set: written blind, labels committed
 * before its first run, never tuned on (the first two sets were studied and fixed, so they hold almost
 * no wrong reading left to learn from). First run there: 33 of 60 readings wrong; Brier 0.491 against
 * 0.248 for the base rate, ECE 0.507, mean confidence 0.97 right / 0.94 wrong, 30 % of the wrong
 * readings flagged at LOW_CONFIDENCE_THRESHOLD against 7 % of the right ones. So the ranking is useful
 * (what it flags is mostly wrong) but the level is far too high: the goals that need the level are
 * marked `it.fails`, to be flipped to `it` the day they are met.
 * History: second set's first blind run Brier 0.451 against 0.248, 33 % of wrong readings flagged
 * against 19 % of right ones; first set's Brier 0.429 against 0.249, 13 % against 12 %.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE_THRESHOLD } from '../../../shared/src/index.js';
import { evaluateCorpus, isAllRight, type CorpusReport } from './evaluate-corpus.js';
import { calibrationFigures } from './calibration-figures.js';
import { loadCorpus } from './corpus/load-corpus.js';

describe('overall confidence calibration on the third, blind held-out corpus (#4)', () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus(loadCorpus('held-out-3'));
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

  it.fails('keeps the mean confidence near the share of right readings (ECE under 0.1): not yet', () => {
    expect(report.calibration.expectedCalibrationError).toBeLessThan(0.1);
  });

  it.fails('beats the constant share of right readings (Brier): not yet', () => {
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
