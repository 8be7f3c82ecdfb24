/**
 * The contract's single `confidence`: the calibrated probability that the
 * whole reading is right (confidence-calibration.ts), and the threshold under
 * which a request goes to a human (PRODUCT.md: low confidence goes to the
 * support queue; the API turns it into a support item).
 */
import { calibratedProbability } from './confidence-calibration.js';
import type { ConfidenceFeatures } from './confidence-features.js';

export type { FieldConfidence } from './confidence-features.js';

/**
 * Under this overall confidence (a probability that the whole reading is right) a request is
 * flagged for review (and, when an LLM interpreter is configured, sent to it). Suggested by
 * test/shared/interpreter/fit-confidence-calibration.ts: on the first blind runs of the held-out
 * sets it flags 23 % of the wrong readings and 7 % of the right ones (`npm run eval` prints the
 * current figures).
 */
export const LOW_CONFIDENCE_THRESHOLD = 0.33;

// A reader under this knows it failed (no contact found, no reference date): the corpus has no such
// case to learn from, so the reader's own confidence caps the calibrated one.
const KNOWN_FAILURE = 0.5;

/** The overall confidence of a reading, 0..1 rounded to 2 decimals. */
export function combineConfidence(features: ConfidenceFeatures): number {
  const { contacts, time } = features.fields;
  const failed = [contacts, time].filter((value) => value < KNOWN_FAILURE);
  const combined = Math.min(calibratedProbability(features), ...failed);
  return Math.round(combined * 100) / 100;
}
