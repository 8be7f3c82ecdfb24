/**
 * The labelled corpus: every case rendered to RFC 822 text with its expected reading in UTC.
 * Sets: `development` (the 202 emails the interpreter was written and tuned against), `held-out`
 * (cases-held-out.ts, labelled and committed before its first run; its failures were then studied and
 * their categories fixed, so it is no longer blind), and `held-out-2` (cases-held-out-2.ts, written blind
 * by another author and first run after those fixes; its failure categories were then studied and fixed in
 * turn, with development cases of their own in cases-hard-categories.ts, so it is no longer blind either),
 * `held-out-3` (cases-held-out-3.ts, written blind by an author who never read the interpreter, labels
 * committed before its first run; its failure categories were then studied and fixed with development
 * cases of their own, so it is no longer blind), and `held-out-4` (cases-held-out-4.ts, written blind by
 * another author who never read the interpreter, labels committed before its first run, which came after
 * the third set's fixes; its categories were then studied and fixed in turn), and `held-out-5`
 * (cases-held-out-5.ts, written blind by another author, labels committed before its first run, which came
 * after the fourth set's fixes: its first-run figures are the honest ones; its categories were then studied
 * and fixed too), and `held-out-6` (cases-held-out-6.ts, written blind by another author, labels committed
 * before its first run, which came after the fifth set's fixes; its categories were then studied and fixed), and
 * `held-out-7` (cases-held-out-7.ts, written blind by another author, labels committed before its first run, which
 * came after the sixth set's fixes; its categories were then studied and fixed), and `held-out-8`
 * (cases-held-out-8.ts, written blind by another author, labels committed before its first run, which came after
 * the seventh set's fixes; some of its categories were then fixed), and `held-out-9` (cases-held-out-9.ts, 40 emails
 * written blind by another author, labels committed before its first run, which came after the eighth set's fixes:
 * the honest figures). `all` is every set but the blind one.
 */
import { buildEml, localToMs, type CaseRow, type LocalWindow } from './corpus-case.js';
import { EN_SINGLE_CASES } from './cases-en-single.js';
import { FR_SINGLE_CASES } from './cases-fr-single.js';
import { EN_THREAD_CASES } from './cases-en-threads.js';
import { FR_THREAD_CASES } from './cases-fr-threads.js';
import { HARD_CASES } from './cases-hard.js';
import { HARD_CATEGORY_CASES } from './cases-hard-categories.js';
import { CATEGORY_3_CASES } from './cases-categories-3.js';
import { WINDOW_3_CASES } from './cases-windows-3.js';
import { CATEGORY_4_CASES } from './cases-categories-4.js';
import { WINDOW_4_CASES } from './cases-windows-4.js';
import { CATEGORY_5_CASES } from './cases-categories-5.js';
import { WINDOW_5_CASES } from './cases-windows-5.js';
import { WEEKS_AND_MOVES_6_CASES } from './cases-weeks-and-moves-6.js';
import { WINDOW_6_CASES } from './cases-windows-6.js';
import { WINDOW_7_CASES } from './cases-windows-7.js';
import { WINDOW_8_CASES } from './cases-windows-8.js';
import { HELD_OUT_CASES } from './cases-held-out.js';
import { HELD_OUT_2_CASES } from './cases-held-out-2.js';
import { HELD_OUT_3_CASES } from './cases-held-out-3.js';
import { HELD_OUT_4_CASES } from './cases-held-out-4.js';
import { HELD_OUT_5_CASES } from './cases-held-out-5.js';
import { HELD_OUT_6_CASES } from './cases-held-out-6.js';
import { HELD_OUT_7_CASES } from './cases-held-out-7.js';
import { HELD_OUT_8_CASES } from './cases-held-out-8.js';
import { HELD_OUT_9_CASES } from './cases-held-out-9.js';

/** A window in UTC epoch ms (`toMs: null` open-ended). */
export interface ExpectedWindow {
  readonly fromMs: number;
  readonly toMs: number | null;
}

/** One corpus case ready to run: the email, the interpreter options and the expected fields. */
export interface CorpusCase {
  readonly id: string;
  readonly eml: string;
  readonly options: { now?: string; timeZone: string; self?: string[]; assistant?: string[] };
  readonly row: CaseRow;
  readonly expectedWindows: readonly ExpectedWindow[];
  readonly expectedExcluded: readonly ExpectedWindow[];
}

function toUtc(windows: readonly LocalWindow[], timeZone: string): ExpectedWindow[] {
  return windows.map(([from, to]) => ({
    fromMs: localToMs(from, timeZone),
    toMs: to === null ? null : localToMs(to, timeZone),
  }));
}

/** Which cases: the development set the interpreter was tuned on, a held-out set, or all of them. */
export type CorpusSet =
  | 'development'
  | 'held-out'
  | 'held-out-2'
  | 'held-out-3'
  | 'held-out-4'
  | 'held-out-5'
  | 'held-out-6'
  | 'held-out-7'
  | 'held-out-8'
  | 'held-out-9'
  | 'all';

const DEVELOPMENT_ROWS: readonly CaseRow[] = [
  ...EN_SINGLE_CASES,
  ...FR_SINGLE_CASES,
  ...EN_THREAD_CASES,
  ...FR_THREAD_CASES,
  ...HARD_CASES,
  ...HARD_CATEGORY_CASES,
  ...CATEGORY_3_CASES,
  ...WINDOW_3_CASES,
  ...CATEGORY_4_CASES,
  ...WINDOW_4_CASES,
  ...CATEGORY_5_CASES,
  ...WINDOW_5_CASES,
  ...WEEKS_AND_MOVES_6_CASES,
  ...WINDOW_6_CASES,
  ...WINDOW_7_CASES,
  ...WINDOW_8_CASES,
];

function rowsOf(set: CorpusSet): readonly CaseRow[] {
  if (set === 'development') return DEVELOPMENT_ROWS;
  if (set === 'held-out') return HELD_OUT_CASES;
  if (set === 'held-out-2') return HELD_OUT_2_CASES;
  if (set === 'held-out-3') return HELD_OUT_3_CASES;
  if (set === 'held-out-4') return HELD_OUT_4_CASES;
  if (set === 'held-out-5') return HELD_OUT_5_CASES;
  if (set === 'held-out-6') return HELD_OUT_6_CASES;
  if (set === 'held-out-7') return HELD_OUT_7_CASES;
  if (set === 'held-out-8') return HELD_OUT_8_CASES;
  if (set === 'held-out-9') return HELD_OUT_9_CASES;
  return [
    ...DEVELOPMENT_ROWS,
    ...HELD_OUT_CASES,
    ...HELD_OUT_2_CASES,
    ...HELD_OUT_3_CASES,
    ...HELD_OUT_4_CASES,
    ...HELD_OUT_5_CASES,
    ...HELD_OUT_6_CASES,
    ...HELD_OUT_7_CASES,
    ...HELD_OUT_8_CASES,
  ];
}

/** Every case of one set (default: development), in a stable order; ids are unique across both sets. */
export function loadCorpus(set: CorpusSet = 'development'): CorpusCase[] {
  const rows = rowsOf(set);
  const ids = new Set<string>();
  return rows.map((row) => {
    if (ids.has(row.id)) throw new Error(`duplicate corpus id ${row.id}`);
    ids.add(row.id);
    return {
      id: row.id,
      eml: buildEml(row),
      options: {
        timeZone: row.tz,
        ...(row.now !== undefined ? { now: new Date(localToMs(row.now, row.tz)).toISOString() } : {}),
        ...(row.self ? { self: [...row.self] } : {}),
        ...(row.assistant ? { assistant: [...row.assistant] } : {}),
      },
      row,
      expectedWindows: toUtc(row.expect.when, row.tz),
      expectedExcluded: toUtc(row.expect.excluded ?? [], row.tz),
    };
  });
}
