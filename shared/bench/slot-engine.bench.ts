/**
 * Slot-engine benchmark: one JSON line per case with the median of several runs, the first (cold)
 * run, and the heap growth of the worst run. Run: `npm run bench -w shared` (add `--expose-gc` to
 * node for steadier heap figures: `node --expose-gc --import tsx bench/slot-engine.bench.ts`).
 */
import { findFreeSlots } from '../src/slot-engine/find-free-slots.js';
import { freeSlotStarts } from '../src/slot-engine/free-slot-starts.js';
import { parseSlotScenario } from '../src/slot-engine/parse-slot-scenario.js';
import { benchProposals } from './proposals-case.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const RUNS = 15;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same scenario. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Dense busy events: 15–90 minute meetings on a 15-minute grid, spread over the window. */
export function denseBusy(
  fromMs: number,
  days: number,
  count: number,
  seed: number,
): { startMs: number; endMs: number }[] {
  const random = seededRandom(seed);
  const slots = (days * DAY) / (15 * MINUTE);
  return Array.from({ length: count }, () => {
    const startMs = fromMs + Math.floor(random() * slots) * 15 * MINUTE;
    return { startMs, endMs: startMs + (1 + Math.floor(random() * 6)) * 15 * MINUTE };
  });
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function berlinScenario(days: number, busyCount: number): unknown {
  const fromMs = Date.UTC(2026, 0, 5);
  return {
    now: iso(fromMs + 8 * 3_600_000),
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    stepMinutes: 15,
    window: { from: iso(fromMs), to: iso(fromMs + days * DAY) },
    minimumNoticeMinutes: 120,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 10,
    workingHours: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
    busy: denseBusy(fromMs, days, busyCount, busyCount + days).map((b) => ({
      start: iso(b.startMs),
      end: iso(b.endMs),
    })),
  };
}

function adversarialScenario(): unknown {
  const fromMs = Date.UTC(2026, 0, 1);
  const busy = Array.from({ length: 17_520 }, (_, index) => {
    const startMs = fromMs + index * 30 * MINUTE + 10 * MINUTE;
    return { start: iso(startMs), end: iso(startMs + 5 * MINUTE) };
  });
  return {
    now: iso(fromMs),
    timeZone: 'Europe/Berlin',
    durationMinutes: 15,
    stepMinutes: 5,
    window: { from: iso(fromMs), to: iso(fromMs + 365 * DAY) },
    workingHours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }],
    busy,
  };
}

/** Times `run` RUNS times after one cold run; prints one JSON line. */
export function measure(name: string, run: () => number, extra: Record<string, unknown> = {}): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const timings: number[] = [];
  let peakHeapBytes = 0;
  let count = 0;
  for (let index = 0; index <= RUNS; index++) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    count = run();
    timings.push(performance.now() - started);
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed - heapBefore);
  }
  const cold = timings[0] as number;
  const warm = timings.slice(1).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] as number;
  const line = {
    case: name,
    ...extra,
    results: count,
    medianMs: round(median),
    coldMs: round(cold),
    peakHeapMb: round(peakHeapBytes / 1_048_576),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Two lines per scenario: the engine on a parsed query, and the contract's JSON-in/JSON-out path. */
function measureScenario(name: string, scenario: unknown, extra: Record<string, unknown>): void {
  const parsed = parseSlotScenario(scenario);
  if (!parsed.ok) throw new RangeError(parsed.error);
  measure(`${name}:engine`, () => freeSlotStarts(parsed.query).startsMs.length, extra);
  measure(`${name}:json`, () => findFreeSlots(scenario).slots.length, extra);
}

for (const days of [30, 365]) {
  for (const busy of [1, 100, 1_000, 10_000]) {
    measureScenario(`a-berlin-${days}d-${busy}busy`, berlinScenario(days, busy), { days, busy });
  }
}
measureScenario('b-adversarial-365d-17520busy', adversarialScenario(), { days: 365, busy: 17_520 });
benchProposals(measure);
