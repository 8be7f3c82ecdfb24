/**
 * Combines the interpreter's per-field confidences into the contract's single
 * `confidence` (the belief that the whole reading is right) and names the
 * threshold under which a request goes to a human (PRODUCT.md: low confidence
 * goes to the support queue).
 */

/** How sure the interpreter is of each field, 0..1. */
export interface FieldConfidence {
  readonly language: number;
  readonly intent: number;
  readonly contacts: number;
  readonly type: number;
  readonly duration: number;
  readonly location: number;
  readonly time: number;
}

/**
 * Under this overall confidence a request is flagged for review (and, when an LLM
 * interpreter is configured, sent to it). Calibrated on the labelled corpus:
 * see `npm run eval`, which prints accuracy above and below it.
 */
export const LOW_CONFIDENCE_THRESHOLD = 0.6;

// Fields whose errors break the booking (who and when) weigh more than the rest.
const WEIGHTS: Readonly<Record<keyof FieldConfidence, number>> = {
  language: 0.5, intent: 1, contacts: 2, type: 1, duration: 0.5, location: 1, time: 2,
};

/** The overall confidence: a weighted mean pulled down by the weakest field, rounded to 2 decimals. */
export function combineConfidence(fields: FieldConfidence): number {
  let weighted = 0;
  let total = 0;
  let weakest = 1;
  for (const key of Object.keys(WEIGHTS) as (keyof FieldConfidence)[]) {
    weighted += fields[key] * WEIGHTS[key];
    total += WEIGHTS[key];
    weakest = Math.min(weakest, fields[key]);
  }
  const combined = 0.6 * (weighted / total) + 0.4 * weakest;
  return Math.round(Math.min(1, Math.max(0, combined)) * 100) / 100;
}
