/**
 * A half-open window `[fromMs, toMs)` of UTC epoch milliseconds.
 * `fromMs === toMs` is an exact start ("around 3pm"); `toMs: null` is open-ended ("from the 12th on").
 */
export interface TimeWindow {
  fromMs: number;
  toMs: number | null;
}
