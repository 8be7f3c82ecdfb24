/**
 * The overall confidence on the held-out sets (#4). Both were written blind, then studied: their failure
 * categories were fixed with general rules (the second set's in the round that added
 * cases-hard-categories.ts), so together they now hold 125 emails with only 2 wrong readings, neither
 * of a kind the calibration inputs describe (a narrative weekend beside a proposal, "the weekend"
 * answering "this weekend or next"). Measured there after that round: Brier 0.019 against 0.016 for the
 * base rate, ECE 0.026, mean confidence 0.96 for right and wrong readings alike, 0 % of the wrong
 * readings flagged at LOW_CONFIDENCE_THRESHOLD against 15 % of the right ones. So the overall level is
 * right (the mean confidence is the share of right readings) but the ranking is not: the goals that need
 * it are marked `it.fails`, to be flipped to `it` the day they are met. Measure again on the next blind set.
 * History: on the second set's first blind run, Brier 0.451 against 0.248, mean confidence 0.96 right /
 * 0.89 wrong, 33 % of wrong readings flagged against 19 % of right ones; on the first set's, Brier 0.429
 * against 0.249, 13 % against 12 %. The development set has no wrong reading left, so nothing about
 * calibration can be learnt or checked there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE_THRESHOLD } from '../../../shared/src/index.js';
import { evaluateCorpus, isAllRight, type CorpusReport } from './evaluate-corpus.js';
import { calibrationFigures } from './calibration-figures.js';
import { loadCorpus } from './corpus/load-corpus.js';

describe('overall confidence calibration on the held-out corpora (#4)', () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus([...loadCorpus('held-out'), ...loadCorpus('held-out-2')]);
  });

  it('has wrong and right readings to compare', () => {
    expect(report.calibration.wrongCount).toBeGreaterThanOrEqual(1);
    expect(report.calibration.count - report.calibration.wrongCount).toBeGreaterThanOrEqual(100);
  });

  it('keeps the mean confidence near the share of right readings (ECE under 0.1)', () => {
    expect(report.calibration.expectedCalibrationError).toBeLessThan(0.1);
  });

  it.fails('gives wrong readings a lower mean confidence than right ones: not on the leftovers', () => {
    expect(report.calibration.meanConfidenceWrong).toBeLessThan(report.calibration.meanConfidenceRight);
  });

  it.fails('flags a larger share of the wrong readings than of the right ones: not on the leftovers', () => {
    expect(report.calibration.threshold).toBe(LOW_CONFIDENCE_THRESHOLD);
    expect(report.calibration.wrongFlagged).toBeGreaterThan(report.calibration.rightFlagged);
  });

  it.fails('beats answering "certainly right" every time (Brier of the constant 1): not yet', () => {
    const alwaysCertain = calibrationFigures(
      report.scores.map((s) => ({ confidence: 1, isRight: isAllRight(s) })),
      LOW_CONFIDENCE_THRESHOLD,
    );
    expect(report.calibration.brier).toBeLessThan(alwaysCertain.brier);
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
