/**
 * Refits the overall-confidence calibration on the development set only and prints the
 * coefficients to paste into shared/src/interpreter/confidence-calibration.ts, a suggested
 * LOW_CONFIDENCE_THRESHOLD, and how the fit does on the held-out set (cases-held-out.ts), which it
 * never sees:
 *   npx tsx test/shared/interpreter/fit-confidence-calibration.ts
 * The development set was tuned until every reading is right; a logistic fit on outcomes that are
 * all "right" has no finite optimum (the intercept runs off to +∞, the confidence to 1), so under
 * MIN_WRONG_TO_FIT wrong readings the script says so and prints no coefficients to paste.
 */
import {
  CALIBRATION_INPUTS,
  calibrationInputs,
  type CalibrationModel,
} from '../../../shared/src/interpreter/confidence-calibration.js';
import { LOW_CONFIDENCE_THRESHOLD } from '../../../shared/src/index.js';
import { calibrationFigures, formatCalibrationFigures, type CalibrationPoint } from './calibration-figures.js';
import { loadCorpus } from './corpus/load-corpus.js';
import { evaluateCorpus, isAllRight, type CaseScore } from './evaluate-corpus.js';
import { fitLogistic, predictLogistic, type LogisticExample, type LogisticFit } from './logistic-regression.js';

const LAMBDA = 0.1;
const MAX_RIGHT_FLAGGED = 0.1;
// Four binary inputs and an intercept: fewer wrong readings than this say nothing about their weights.
const MIN_WRONG_TO_FIT = 5;

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

/** Every reading scored 1: the limit of the fit when no development reading is wrong. */
const certain = (examples: readonly LogisticExample[]): CalibrationPoint[] =>
  examples.map((e) => ({ confidence: 1, isRight: e.outcome }));

async function main(): Promise<void> {
  const development = (await evaluateCorpus(loadCorpus('development'))).scores.map(toExample);
  const heldOutReport = await evaluateCorpus(loadCorpus('held-out'));
  const heldOut = heldOutReport.scores.map(toExample);
  const wrongCount = development.filter((e) => !e.outcome).length;
  console.log(
    `Fitted on the development set only: ${development.length} readings, ${wrongCount} wrong (lambda ${LAMBDA}).`,
  );
  const fit = wrongCount === 0 ? null : fitLogistic(development, { lambda: LAMBDA });
  const score = (examples: readonly LogisticExample[]): CalibrationPoint[] =>
    fit === null ? certain(examples) : points(fit, examples);
  if (fit === null || wrongCount < MIN_WRONG_TO_FIT) {
    console.log(
      `  Too few wrong readings (< ${MIN_WRONG_TO_FIT}) to fit anything: keep the shipped coefficients.` +
        (fit === null ? ' With none, the fit is "always right" (confidence 1), scored below as such.' : ''),
    );
  } else {
    console.log(`export const CONFIDENCE_CALIBRATION: CalibrationModel = ${JSON.stringify(toModel(fit))};`);
    console.log(`Suggested LOW_CONFIDENCE_THRESHOLD = ${suggestThreshold(score(development))}`);
  }
  const threshold = LOW_CONFIDENCE_THRESHOLD;
  const looPoints = fit === null ? certain(development) : leaveOneOut(development);
  console.log(`Figures at the shipped LOW_CONFIDENCE_THRESHOLD = ${threshold}:`);
  console.log(
    `  refit, development in sample     ${formatCalibrationFigures(calibrationFigures(score(development), threshold))}`,
  );
  console.log(
    `  refit, development leave-one-out ${formatCalibrationFigures(calibrationFigures(looPoints, threshold))}`,
  );
  console.log(
    `  refit → held-out (${heldOut.length})          ${formatCalibrationFigures(calibrationFigures(score(heldOut), threshold))}`,
  );
  console.log(`  shipped → held-out (${heldOut.length})        ${formatCalibrationFigures(heldOutReport.calibration)}`);
}

await main();
