/**
 * Scores a time interpreter on Duckling's English or French time corpus
 * (shared/benchmarks/duckling/*.json; semantics in each file's header).
 *
 * Rule: each phrase is a one-line message written at the file's reference time (or the entry's own,
 * for the "diff" set) in `Etc/GMT+2` (UTC-02:00, no DST, as Duckling's test context).
 * - an instant is right when the FIRST window starts at it;
 * - an interval is right when the first window starts at its start and ends at its end, or one grain
 *   earlier (Duckling's end is exclusive at its grain: "3-4pm" ends at 17:00 for Duckling, 16:00 for us);
 * - an open interval is right on the end it states (the other end is not compared);
 * - a negative example is right when no window is found.
 */
import { readFileSync } from 'node:fs';

/** The adapter under test: the time windows of a one-line message, as ISO UTC strings. */
export type DucklingInterpret = (
  phrase: string,
  nowIso: string,
  timeZone: string,
) => { from: string; to: string | null }[];

interface ExpectedPoint {
  value: string;
  grain: string;
}

interface DucklingExample {
  text: string;
  expected:
    | null
    | ({ type: 'value'; holiday?: string } & ExpectedPoint)
    | { type: 'interval'; holiday?: string; from?: ExpectedPoint; to?: ExpectedPoint };
  set: string;
  line: number;
  referenceTime?: string;
}

/** One phrase the interpreter got wrong. */
export interface DucklingFailure {
  text: string;
  set: string;
  line: number;
  expected: string;
  got: string;
}

/** Figures for one corpus: all phrases, and the phrases that are not holidays. */
export interface DucklingScore {
  total: number;
  correct: number;
  nonHolidayTotal: number;
  nonHolidayCorrect: number;
  failures: DucklingFailure[];
}

/** The time zone Duckling's corpus is written in: UTC-02:00 all year. */
export const DUCKLING_TIME_ZONE = 'Etc/GMT+2';

/** Milliseconds of `iso` minus one unit of `grain`, in the wall clock of the ISO string's own offset. */
function minusOneGrain(iso: string, grain: string): number {
  const offsetMatch = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const offsetMs =
    offsetMatch === null
      ? 0
      : (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3])) * 60_000;
  const wall = new Date(Date.parse(iso) + offsetMs);
  const fixed: Record<string, number> = {
    second: 1000,
    minute: 60_000,
    hour: 3_600_000,
    day: 86_400_000,
    week: 7 * 86_400_000,
  };
  const fixedMs = fixed[grain];
  if (fixedMs !== undefined) return wall.getTime() - fixedMs - offsetMs;
  const months = grain === 'month' ? 1 : grain === 'quarter' ? 3 : 12;
  wall.setUTCMonth(wall.getUTCMonth() - months);
  return wall.getTime() - offsetMs;
}

function isSameInstant(actual: string | null | undefined, expectedIso: string): boolean {
  return actual !== null && actual !== undefined && Date.parse(actual) === Date.parse(expectedIso);
}

function isRight(example: DucklingExample, windows: { from: string; to: string | null }[]): boolean {
  const { expected } = example;
  const first = windows[0];
  if (expected === null) return windows.length === 0;
  if (first === undefined) return false;
  if (expected.type === 'value') return isSameInstant(first.from, expected.value);
  const fromOk = expected.from === undefined || isSameInstant(first.from, expected.from.value);
  const to = expected.to;
  const toOk =
    to === undefined ||
    isSameInstant(first.to, to.value) ||
    (first.to !== null && Date.parse(first.to) === minusOneGrain(to.value, to.grain));
  return fromOk && toOk;
}

function describeExpected(example: DucklingExample): string {
  const { expected } = example;
  if (expected === null) return 'nothing';
  if (expected.type === 'value') return `${expected.value} (${expected.grain})`;
  return `${expected.from?.value ?? '-'} .. ${expected.to?.value ?? '-'} (${(expected.from ?? expected.to)?.grain ?? ''})`;
}

/** Scores `interpret` on the corpus at `corpusPath` (see the module comment for the rule). */
export function scoreDuckling(corpusPath: string, interpret: DucklingInterpret): DucklingScore {
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as {
    header: { referenceTime: string };
    examples: DucklingExample[];
  };
  const defaultNowIso = new Date(corpus.header.referenceTime).toISOString();
  const score: DucklingScore = { total: 0, correct: 0, nonHolidayTotal: 0, nonHolidayCorrect: 0, failures: [] };
  for (const example of corpus.examples) {
    const nowIso = example.referenceTime === undefined ? defaultNowIso : new Date(example.referenceTime).toISOString();
    const windows = interpret(example.text, nowIso, DUCKLING_TIME_ZONE);
    const isHoliday = example.expected?.holiday !== undefined;
    const right = isRight(example, windows);
    score.total += 1;
    if (!isHoliday) score.nonHolidayTotal += 1;
    if (right) {
      score.correct += 1;
      if (!isHoliday) score.nonHolidayCorrect += 1;
    } else {
      const got =
        windows
          .slice(0, 2)
          .map((window) => `${window.from} .. ${window.to ?? 'open'}`)
          .join(' | ') || 'nothing';
      score.failures.push({
        text: example.text,
        set: example.set,
        line: example.line,
        expected: describeExpected(example),
        got,
      });
    }
  }
  return score;
}
