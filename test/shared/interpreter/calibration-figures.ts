/**
 * How well a confidence is calibrated on labelled readings: Brier score,
 * expected calibration error over equal-width bins, and what a threshold flags.
 */

/** One reading: the confidence given and whether the whole reading was right. */
export interface CalibrationPoint {
  readonly confidence: number;
  readonly isRight: boolean;
}

/** The calibration figures of a set of readings at one threshold. */
export interface CalibrationFigures {
  readonly count: number;
  readonly wrongCount: number;
  /** Mean squared gap between confidence and outcome (0 is perfect). */
  readonly brier: number;
  /** The Brier score of always answering the share of right readings: a useful confidence beats it. */
  readonly baselineBrier: number;
  /** Mean |share right − mean confidence| over the bins, weighted by bin size. */
  readonly expectedCalibrationError: number;
  readonly meanConfidenceRight: number;
  readonly meanConfidenceWrong: number;
  readonly threshold: number;
  /** Share of wrong readings under the threshold (caught for a human). */
  readonly wrongFlagged: number;
  /** Share of right readings under the threshold (needless human work). */
  readonly rightFlagged: number;
}

/** The bins the expected calibration error is measured over: [0, .5), [.5, .7), [.7, .8), [.8, .9), [.9, .95), [.95, 1]. */
export const CALIBRATION_BIN_EDGES = [0.5, 0.7, 0.8, 0.9, 0.95] as const;

const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
const outcome = (point: CalibrationPoint): number => (point.isRight ? 1 : 0);

function binOf(confidence: number): number {
  const index = CALIBRATION_BIN_EDGES.findIndex((edge) => confidence < edge);
  return index === -1 ? CALIBRATION_BIN_EDGES.length : index;
}

/** Expected calibration error over {@link CALIBRATION_BIN_EDGES}. */
export function expectedCalibrationError(points: readonly CalibrationPoint[]): number {
  const bins = new Map<number, CalibrationPoint[]>();
  for (const point of points) bins.set(binOf(point.confidence), [...(bins.get(binOf(point.confidence)) ?? []), point]);
  let error = 0;
  for (const bin of bins.values()) {
    error += (bin.length / points.length) * Math.abs(mean(bin.map(outcome)) - mean(bin.map((p) => p.confidence)));
  }
  return error;
}

/** The figures of `points` with readings under `threshold` flagged for a human. */
export function calibrationFigures(points: readonly CalibrationPoint[], threshold: number): CalibrationFigures {
  const right = points.filter((p) => p.isRight);
  const wrong = points.filter((p) => !p.isRight);
  const shareRight = right.length / points.length;
  const flagged = (group: readonly CalibrationPoint[]): number =>
    group.filter((p) => p.confidence < threshold).length / group.length;
  return {
    count: points.length,
    wrongCount: wrong.length,
    brier: mean(points.map((p) => (p.confidence - outcome(p)) ** 2)),
    baselineBrier: mean(points.map((p) => (shareRight - outcome(p)) ** 2)),
    expectedCalibrationError: expectedCalibrationError(points),
    meanConfidenceRight: mean(right.map((p) => p.confidence)),
    meanConfidenceWrong: mean(wrong.map((p) => p.confidence)),
    threshold,
    wrongFlagged: wrong.length === 0 ? Number.NaN : flagged(wrong),
    rightFlagged: right.length === 0 ? Number.NaN : flagged(right),
  };
}

/** One line of figures, for the eval and the refit script. */
export function formatCalibrationFigures(figures: CalibrationFigures): string {
  const pct = (value: number): string => `${(value * 100).toFixed(0)} %`;
  return [
    `Brier ${figures.brier.toFixed(3)} (constant ${figures.baselineBrier.toFixed(3)})`,
    `ECE ${figures.expectedCalibrationError.toFixed(3)}`,
    `mean conf right ${figures.meanConfidenceRight.toFixed(2)} / wrong ${figures.meanConfidenceWrong.toFixed(2)}`,
    `< ${figures.threshold}: wrong flagged ${pct(figures.wrongFlagged)} of ${figures.wrongCount}, right flagged ${pct(figures.rightFlagged)} of ${figures.count - figures.wrongCount}`,
  ].join('; ');
}
