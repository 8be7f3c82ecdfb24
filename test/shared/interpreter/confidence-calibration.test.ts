/**
 * The overall confidence stays a calibrated probability on the labelled corpus (#4):
 * refit with `npx tsx test/shared/interpreter/fit-confidence-calibration.ts`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE_THRESHOLD } from '../../../shared/src/index.js';
import { evaluateCorpus, type CorpusReport } from './evaluate-corpus.js';
import { calibrationFigures } from './calibration-figures.js';

describe('overall confidence calibration on the labelled corpus (#4)', () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus();
  });

  it('predicts a fully right reading better than the constant share of right readings (Brier)', () => {
    // With no wrong reading the constant 1 has Brier 0 and no confidence below 1 can beat it.
    if (report.calibration.wrongCount === 0) return;
    expect(report.calibration.brier).toBeLessThan(report.calibration.baselineBrier);
  });

  it('keeps the expected calibration error under 0.05', () => {
    expect(report.calibration.expectedCalibrationError).toBeLessThan(0.05);
  });

  it('gives wrong readings a lower mean confidence than right ones', () => {
    if (report.calibration.wrongCount === 0) return;
    expect(report.calibration.meanConfidenceWrong).toBeLessThan(report.calibration.meanConfidenceRight - 0.1);
  });

  it('flags at least half the wrong readings and at most 10 % of the right ones at the threshold', () => {
    expect(report.calibration.threshold).toBe(LOW_CONFIDENCE_THRESHOLD);
    if (report.calibration.wrongCount > 0) expect(report.calibration.wrongFlagged).toBeGreaterThanOrEqual(0.5);
    expect(report.calibration.rightFlagged).toBeLessThanOrEqual(0.1);
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
