/**
 * Refits the overall-confidence calibration and prints the coefficients to paste into
 * shared/src/interpreter/confidence-calibration.ts and a suggested LOW_CONFIDENCE_THRESHOLD:
 *   npx tsx test/shared/interpreter/fit-confidence-calibration.ts
 * It learns from readings of mail the interpreter had never been tuned on: each held-out set as the
 * interpreter read it at its first, blind run (calibration/first-blind-runs.json, 185 readings, made
 * with calibration/dump-first-run.ts at the commits it names). The development set cannot teach it:
 * the interpreter was tuned until every development reading is right, so a fit there says "always
 * right" (the first calibration did, and the blind sets then measured it far too confident).
 * It also prints each set scored by a fit on the two others (leave one set out), against the constant
 * rate of the two others, so a refit is judged on readings it did not see.
 */
import { readFileSync } from 'node:fs';
import {
  CALIBRATION_INPUTS,
  type CalibrationInput,
  type CalibrationModel,
} from '../../../shared/src/interpreter/confidence-calibration.js';
import { calibrationFigures, formatCalibrationFigures, type CalibrationPoint } from './calibration-figures.js';
import { fitLogistic, predictLogistic, type LogisticExample, type LogisticFit } from './logistic-regression.js';

const LAMBDA = 0.1;
const MAX_RIGHT_FLAGGED = 0.1;

interface BlindReading {
  readonly set: string;
  readonly commit: string;
  readonly id: string;
  readonly right: boolean;
  readonly inputs: Readonly<Record<CalibrationInput, number>>;
}

const readings = JSON.parse(
  readFileSync(new URL('./calibration/first-blind-runs.json', import.meta.url), 'utf8'),
) as BlindReading[];

const toExample = (reading: BlindReading): LogisticExample => ({
  inputs: CALIBRATION_INPUTS.map((name) => reading.inputs[name]),
  outcome: reading.right,
});

function toModel(fit: LogisticFit): CalibrationModel {
  const round = (value: number): number => Math.round(value * 100) / 100;
  const weights = Object.fromEntries(CALIBRATION_INPUTS.map((name, i) => [name, round(fit.weights[i] ?? 0)]));
  return { intercept: round(fit.intercept), weights: weights as CalibrationModel['weights'] };
}

const points = (fit: LogisticFit, examples: readonly LogisticExample[]): CalibrationPoint[] =>
  examples.map((e) => ({ confidence: predictLogistic(fit, e.inputs), isRight: e.outcome }));

/** The cut between two fitted values that flags the most wrong readings while flagging at most 10 % of right ones. */
function suggestThreshold(fitted: readonly CalibrationPoint[]): number {
  const values = [...new Set(fitted.map((p) => Math.round(p.confidence * 100) / 100))].sort((a, b) => a - b);
  let best = { threshold: 0, gain: -1 };
  for (const [i, value] of values.entries()) {
    const threshold = Math.round(((value + (values[i + 1] ?? 1)) / 2) * 100) / 100;
    const figures = calibrationFigures(fitted, threshold);
    const gain = figures.wrongFlagged - figures.rightFlagged;
    if (figures.rightFlagged <= MAX_RIGHT_FLAGGED && gain > best.gain) best = { threshold, gain };
  }
  return best.threshold;
}

function main(): void {
  const sets = [...new Set(readings.map((r) => r.set))];
  const all = readings.map(toExample);
  const fit = fitLogistic(all, { lambda: LAMBDA });
  const threshold = suggestThreshold(points(fit, all));
  console.log(
    `Fitted on ${all.length} first-blind-run readings (${sets.join(', ')}), ${all.filter((e) => !e.outcome).length} wrong, lambda ${LAMBDA}:`,
  );
  console.log(`export const CONFIDENCE_CALIBRATION: CalibrationModel = ${JSON.stringify(toModel(fit))};`);
  console.log(`Suggested LOW_CONFIDENCE_THRESHOLD = ${threshold}`);
  console.log(
    `  in sample                 ${formatCalibrationFigures(calibrationFigures(points(fit, all), threshold))}`,
  );
  for (const set of sets) {
    const train = readings.filter((r) => r.set !== set).map(toExample);
    const test = readings.filter((r) => r.set === set).map(toExample);
    const rate = train.filter((e) => e.outcome).length / train.length;
    const held = calibrationFigures(points(fitLogistic(train, { lambda: LAMBDA }), test), threshold);
    const constant = calibrationFigures(
      test.map((e) => ({ confidence: rate, isRight: e.outcome })),
      threshold,
    );
    console.log(
      `  ${set} left out (${test.length}) ${formatCalibrationFigures(held)}; constant ${rate.toFixed(2)}: Brier ${constant.brier.toFixed(3)}`,
    );
  }
}

main();
