/**
 * Refits the overall-confidence calibration on the labelled corpus and prints
 * the coefficients to paste into shared/src/interpreter/confidence-calibration.ts,
 * a suggested LOW_CONFIDENCE_THRESHOLD, and held-out figures:
 *   npx tsx test/shared/interpreter/fit-confidence-calibration.ts
 * Held out: leave-one-out over the whole corpus, and a fit on the first 169
 * cases tested on the 33 of cases-hard.ts, which were written last.
 */
import {
  CALIBRATION_INPUTS,
  calibrationInputs,
  type CalibrationModel,
} from '../../../shared/src/interpreter/confidence-calibration.js';
import { calibrationFigures, formatCalibrationFigures, type CalibrationPoint } from './calibration-figures.js';
import { HARD_CASES } from './corpus/cases-hard.js';
import { evaluateCorpus, isAllRight, type CaseScore } from './evaluate-corpus.js';
import { fitLogistic, predictLogistic, type LogisticExample, type LogisticFit } from './logistic-regression.js';

const LAMBDA = 0.1;
const MAX_RIGHT_FLAGGED = 0.1;

function toExample(score: CaseScore): LogisticExample {
  const inputs = calibrationInputs(score.features);
  return { inputs: CALIBRATION_INPUTS.map((name) => inputs[name]), outcome: isAllRight(score) };
}

function toModel(fit: LogisticFit): CalibrationModel {
  const round = (value: number): number => Math.round(value * 100) / 100;
  const weights = Object.fromEntries(CALIBRATION_INPUTS.map((name, i) => [name, round(fit.weights[i] ?? 0)]));
  return { intercept: round(fit.intercept), weights: weights as CalibrationModel['weights'] };
}

function points(fit: LogisticFit, examples: readonly LogisticExample[]): CalibrationPoint[] {
  return examples.map((e) => ({ confidence: predictLogistic(fit, e.inputs), isRight: e.outcome }));
}

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

function leaveOneOut(examples: readonly LogisticExample[]): CalibrationPoint[] {
  return examples.map((example, i) => {
    const fit = fitLogistic(
      examples.filter((_, j) => j !== i),
      { lambda: LAMBDA },
    );
    return { confidence: predictLogistic(fit, example.inputs), isRight: example.outcome };
  });
}

async function main(): Promise<void> {
  const { scores } = await evaluateCorpus();
  const examples = scores.map(toExample);
  const fit = fitLogistic(examples, { lambda: LAMBDA });
  const fitted = points(fit, examples);
  const threshold = suggestThreshold(fitted);
  console.log(
    `Fitted on ${examples.length} readings, ${examples.filter((e) => !e.outcome).length} wrong (lambda ${LAMBDA}):`,
  );
  console.log(`export const CONFIDENCE_CALIBRATION: CalibrationModel = ${JSON.stringify(toModel(fit))};`);
  console.log(`Suggested LOW_CONFIDENCE_THRESHOLD = ${threshold}`);
  console.log(`  in sample      ${formatCalibrationFigures(calibrationFigures(fitted, threshold))}`);
  console.log(`  leave-one-out  ${formatCalibrationFigures(calibrationFigures(leaveOneOut(examples), threshold))}`);
  const hardIds = new Set(HARD_CASES.map((row) => row.id));
  const isHard = scores.map((s) => hardIds.has(s.id));
  const early = fitLogistic(
    examples.filter((_, i) => !isHard[i]),
    { lambda: LAMBDA },
  );
  const heldOut = points(
    early,
    examples.filter((_, i) => isHard[i]),
  );
  console.log(
    `  first ${isHard.filter((h) => !h).length} → cases-hard (${heldOut.length})  ${formatCalibrationFigures(calibrationFigures(heldOut, threshold))}`,
  );
}

await main();
