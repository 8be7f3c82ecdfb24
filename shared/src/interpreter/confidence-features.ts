/**
 * The signals the overall confidence is calibrated on (combine-confidence.ts):
 * each reader's own confidence plus a few cheap facts about how the reading was
 * reached (where the intent cue was, whether the windows depend on history,
 * whether a window is implausible for a meeting request).
 */
import type { InterpretedWindow } from '../contracts/interpretation.js';
import { wallClockAt } from '../slot-engine/zoned-time.js';
import type { IntentSource } from './detect-intent.js';
import type { WhenSignals } from './resolve-when.js';

/** How sure the interpreter is of each field, 0..1 (each reader's own heuristic). */
export interface FieldConfidence {
  readonly language: number;
  readonly intent: number;
  readonly contacts: number;
  readonly type: number;
  readonly duration: number;
  readonly location: number;
  readonly time: number;
}

/** Where the intent came from; 'inferred' = no scheduling words, but a stated time or meeting kind. */
export type IntentOrigin = IntentSource | 'inferred';

/** Everything the calibrated overall confidence is computed from. */
export interface ConfidenceFeatures {
  readonly fields: FieldConfidence;
  readonly when: WhenSignals;
  readonly intentOrigin: IntentOrigin;
  /** True when the words name a meeting kind (otherwise the type is the default 'meeting'). */
  readonly hasKindCue: boolean;
  readonly windowCount: number;
  /** Windows no meeting request plausibly means: in the past, more than a quarter ahead, or an exact start in the small hours. */
  readonly implausibleWindowCount: number;
  readonly messageCount: number;
}

const DAY_MS = 86_400_000;
// Requests book days to weeks ahead (Julie Desk's default horizon is 2 weeks): a quarter is generous.
const HORIZON_MS = 92 * DAY_MS;
// An exact start from midnight to 06:00 local is a misread (a date taken for "0h"), not a meeting; late
// evening is left out because a time stated in another zone lands there ("9am New York" read in Tokyo).
const EARLIEST_START_HOUR = 6;

function isImplausible(window: InterpretedWindow, context: { nowMs: number; timeZone: string }): boolean {
  const fromMs = Date.parse(window.from);
  const toMs = window.to === null ? null : Date.parse(window.to);
  // A window that ended before the request was written cannot be a proposal.
  if ((toMs ?? Number.POSITIVE_INFINITY) < context.nowMs - DAY_MS) return true;
  if (fromMs > context.nowMs + HORIZON_MS) return true;
  if (toMs !== fromMs) return false;
  return wallClockAt(context.timeZone, fromMs).hour < EARLIEST_START_HOUR;
}

/** How many of `windows` are implausible for a request written at `nowMs` (null: unknown date, none counted). */
export function countImplausibleWindows(
  windows: readonly InterpretedWindow[],
  context: { nowMs: number | null; timeZone: string },
): number {
  const { nowMs, timeZone } = context;
  if (nowMs === null) return 0;
  return windows.filter((window) => isImplausible(window, { nowMs, timeZone })).length;
}
