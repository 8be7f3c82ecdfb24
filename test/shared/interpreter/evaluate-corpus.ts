/**
 * Scores the interpreter on the labelled corpus: per-field accuracy, exact and
 * mean-overlap time windows, timing and confidence calibration. Used by
 * `npm run eval` (prints) and by the accuracy-floor test (asserts).
 */
import { performance } from 'node:perf_hooks';
import { analyzeMessage, LOW_CONFIDENCE_THRESHOLD, type Interpretation } from '../../../shared/src/index.js';
import type { ConfidenceFeatures } from '../../../shared/src/interpreter/confidence-features.js';
import { calibrationFigures, type CalibrationFigures } from './calibration-figures.js';
import { loadCorpus, type CorpusCase, type ExpectedWindow } from './corpus/load-corpus.js';

/** Which fields of one case were read right. */
export interface CaseScore {
  readonly id: string;
  readonly contacts: boolean;
  readonly type: boolean;
  readonly duration: boolean;
  readonly location: boolean;
  readonly intent: boolean;
  readonly language: boolean;
  readonly windowsExact: boolean;
  readonly windowsOverlap: number;
  readonly excluded: boolean;
  readonly confidence: number;
  /** The signals the confidence was computed from, for refitting its calibration. */
  readonly features: ConfidenceFeatures;
  readonly elapsedMs: number;
  readonly actual: Interpretation;
}

/** Accuracy per field over the corpus (0..1) and timing. */
export interface CorpusReport {
  readonly cases: number;
  readonly accuracy: Record<
    'contacts' | 'type' | 'duration' | 'location' | 'intent' | 'language' | 'windowsExact' | 'excluded',
    number
  >;
  readonly meanWindowOverlap: number;
  /** Share of emails whose whole reading is right (every compared field; see {@link isAllRight}). */
  readonly allRight: number;
  readonly medianMs: number;
  /** How well the overall confidence predicts a fully right reading, at LOW_CONFIDENCE_THRESHOLD. */
  readonly calibration: CalibrationFigures;
  readonly scores: readonly CaseScore[];
}

const MINUTE_MS = 60_000;
const OPEN_END_MS = 28 * 86_400_000;

/**
 * A place's words, lower case without accents or punctuation. The little words that join a venue to its street
 * or town ("Harlow's on Wells St", "Harlow's, Wells St"; "14 rue des Tanneurs à Lyon", "…, Lyon") are left out:
 * both forms name the same place.
 */
function normalizePlace(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(?:on|by|at|in|near|a|sur)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same place: equal once normalised, or one contains the other and covers most of it ("Dishoom" vs "Dishoom, 22 Kingly St"). */
export function samePlace(expected: string | null, actual: { text: string } | null): boolean {
  if (expected === null || actual === null) return expected === null && actual === null;
  const a = normalizePlace(expected);
  const b = normalizePlace(actual.text);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= 0.6;
}

function toMsWindows(windows: Interpretation['timeWindows']): ExpectedWindow[] {
  return windows.map((w) => ({ fromMs: Date.parse(w.from), toMs: w.to === null ? null : Date.parse(w.to) }));
}

function key(w: ExpectedWindow): string {
  return `${w.fromMs}/${w.toMs ?? 'open'}`;
}

/**
 * The time a window list allows, in one canonical form: exact starts as they are, stretches of time joined where
 * they overlap or touch. "Tuesday or Wednesday" as two whole days and as one two-day window allow the same time;
 * the contract's windows are a set of allowed time, so both readings are right.
 */
function timeSet(windows: readonly ExpectedWindow[]): string[] {
  const points = windows.filter((w) => w.toMs === w.fromMs).map(key);
  const stretches = windows
    .filter((w) => w.toMs !== w.fromMs)
    .map((w): [number, number] => [w.fromMs, w.toMs ?? Number.POSITIVE_INFINITY])
    .sort((x, y) => x[0] - y[0]);
  const joined: [number, number][] = [];
  for (const stretch of stretches) {
    const last = joined[joined.length - 1];
    if (last && stretch[0] <= last[1]) last[1] = Math.max(last[1], stretch[1]);
    else joined.push([...stretch]);
  }
  return [...new Set(points)].sort().concat(joined.map(([from, to]) => `${from}-${to}`));
}

/** Both lists allow the same time (see {@link timeSet}). */
export function sameTimeWindows(expected: readonly ExpectedWindow[], actual: readonly ExpectedWindow[]): boolean {
  const a = timeSet(expected);
  const b = timeSet(actual);
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function asRanges(windows: readonly ExpectedWindow[]): [number, number][] {
  const ranges = windows.map((w): [number, number] => [
    w.fromMs,
    w.toMs === null ? w.fromMs + OPEN_END_MS : w.toMs === w.fromMs ? w.fromMs + MINUTE_MS : w.toMs,
  ]);
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function measure(ranges: readonly [number, number][]): number {
  return ranges.reduce((sum, [from, to]) => sum + (to - from), 0);
}

/** Intersection over union of two window sets (points count as one minute, open ends as 28 days); 1 when both are empty. */
export function windowOverlap(expected: readonly ExpectedWindow[], actual: readonly ExpectedWindow[]): number {
  const a = asRanges(expected);
  const b = asRanges(actual);
  if (a.length === 0 && b.length === 0) return 1;
  let intersection = 0;
  for (const [af, at] of a) for (const [bf, bt] of b) intersection += Math.max(0, Math.min(at, bt) - Math.max(af, bf));
  const union = measure(a) + measure(b) - intersection;
  return union === 0 ? 1 : intersection / union;
}

function contactKeys(contacts: readonly { email: string; optional: boolean }[]): string[] {
  return contacts.map((c) => `${c.email}${c.optional ? '?' : ''}`).sort();
}

async function scoreCase(entry: CorpusCase): Promise<CaseScore> {
  const started = performance.now();
  const { interpretation: actual, confidenceFeatures } = await analyzeMessage(entry.eml, entry.options);
  const elapsedMs = performance.now() - started;
  const expect = entry.row.expect;
  const expectedContacts = [...expect.contacts].sort();
  const actualContacts = contactKeys(actual.contacts);
  const actualWindows = toMsWindows(actual.timeWindows);
  return {
    id: entry.id,
    contacts:
      expectedContacts.length === actualContacts.length && expectedContacts.every((c, i) => c === actualContacts[i]),
    type: expect.type === actual.type,
    duration: expect.duration === actual.durationMinutes,
    location: samePlace(expect.location, actual.location),
    intent: expect.intent === actual.intent,
    language: expect.language === actual.language,
    windowsExact: sameTimeWindows(entry.expectedWindows, actualWindows),
    windowsOverlap: windowOverlap(entry.expectedWindows, actualWindows),
    excluded: sameTimeWindows(entry.expectedExcluded, toMsWindows(actual.excluded)),
    confidence: actual.confidence,
    features: confidenceFeatures,
    elapsedMs,
    actual,
  };
}

/** The whole reading is right: every field compared by the eval (language included) matches the label. */
export function isAllRight(score: CaseScore): boolean {
  return (
    score.contacts &&
    score.type &&
    score.duration &&
    score.location &&
    score.intent &&
    score.language &&
    score.windowsExact &&
    score.excluded
  );
}

/** Runs the interpreter on every case of `corpus` (default: the development set) and aggregates the scores. */
export async function evaluateCorpus(corpus: readonly CorpusCase[] = loadCorpus()): Promise<CorpusReport> {
  const scores: CaseScore[] = [];
  for (const entry of corpus) scores.push(await scoreCase(entry));
  const rate = (pick: (s: CaseScore) => boolean): number => scores.filter(pick).length / scores.length;
  const times = scores.map((s) => s.elapsedMs).sort((a, b) => a - b);
  return {
    cases: scores.length,
    accuracy: {
      contacts: rate((s) => s.contacts),
      type: rate((s) => s.type),
      duration: rate((s) => s.duration),
      location: rate((s) => s.location),
      intent: rate((s) => s.intent),
      language: rate((s) => s.language),
      windowsExact: rate((s) => s.windowsExact),
      excluded: rate((s) => s.excluded),
    },
    meanWindowOverlap: scores.reduce((sum, s) => sum + s.windowsOverlap, 0) / scores.length,
    allRight: rate(isAllRight),
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    calibration: calibrationFigures(
      scores.map((s) => ({ confidence: s.confidence, isRight: isAllRight(s) })),
      LOW_CONFIDENCE_THRESHOLD,
    ),
    scores,
  };
}
