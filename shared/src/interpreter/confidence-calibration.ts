/**
 * The fitted calibration of the overall confidence: a logistic regression
 * from a few yes/no facts about a reading to the probability that the whole
 * reading is right (every field the eval compares matches the label).
 *
 * Fitted on readings of mail the interpreter had never been tuned on: the three
 * held-out sets as it read them at their first, blind runs (185 readings, 97
 * wrong; test/shared/interpreter/calibration/first-blind-runs.json), with an L2
 * penalty (lambda 0.1, intercept unpenalised). Each weight reads as "this fact
 * multiplies the odds of a right reading by e^weight". The first calibration was
 * fitted on the development set, where every reading is right by construction: it
 * said 0.97 for nearly everything, and the blind sets were right half the time.
 * Refit and print new values with:
 *   npx tsx test/shared/interpreter/fit-confidence-calibration.ts
 * then paste them here and set the threshold the script suggests.
 */
import type { ConfidenceFeatures } from './confidence-features.js';

/** The yes/no facts the calibration weighs, each 0 or 1. */
export const CALIBRATION_INPUTS = ['implausibleWindow', 'noKindCue', 'timeFromHistory', 'severalWindows'] as const;

/** One input of the calibration. */
export type CalibrationInput = (typeof CALIBRATION_INPUTS)[number];

/** Log-odds of a right reading: `intercept + Σ weights[input] · value`. */
export interface CalibrationModel {
  readonly intercept: number;
  readonly weights: Readonly<Record<CalibrationInput, number>>;
}

/** The values of the calibration inputs for one reading. */
export function calibrationInputs(features: ConfidenceFeatures): Record<CalibrationInput, number> {
  return {
    implausibleWindow: features.implausibleWindowCount > 0 ? 1 : 0,
    noKindCue: features.hasKindCue ? 0 : 1,
    timeFromHistory: features.when.isFromHistory ? 1 : 0,
    severalWindows: features.windowCount >= 2 ? 1 : 0,
  };
}

/** Fitted values (see the header for how to refit). */
export const CONFIDENCE_CALIBRATION: CalibrationModel = {
  intercept: 0.33,
  weights: { implausibleWindow: -2.82, noKindCue: -0.46, timeFromHistory: 1.33, severalWindows: -0.8 },
};

/** The calibrated probability that the whole reading is right, 0..1. */
export function calibratedProbability(
  features: ConfidenceFeatures,
  model: CalibrationModel = CONFIDENCE_CALIBRATION,
): number {
  const inputs = calibrationInputs(features);
  let logOdds = model.intercept;
  for (const input of CALIBRATION_INPUTS) logOdds += model.weights[input] * inputs[input];
  return 1 / (1 + Math.exp(-logOdds));
}
