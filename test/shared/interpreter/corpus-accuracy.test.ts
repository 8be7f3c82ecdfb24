import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, type CorpusReport } from './evaluate-corpus.js';
import { loadCorpus, type CorpusSet } from './corpus/load-corpus.js';

type Field = keyof CorpusReport['accuracy'];

// The contract's targets (interpret.md, README): asserted on the development set, which the interpreter was tuned on.
const CONTRACT_TARGETS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.95, 'the meeting type right'],
  ['location', 0.9, 'the place right'],
  ['windowsExact', 0.85, 'time windows exact'],
];

// What the held-out set really achieved at its first blind run (#4), minus about one email (1/65 ≈ 1.5 points):
// contacts 63/65, type 61/65, place 51/65, windows 44/65, intent 62/65, exclusions 59/65, whole reading 34/65.
// Below the contract targets on place and windows: these are the honest figures. Raise a floor when a
// general fix raises the figure; never tune the interpreter on these emails.
// Raised after the second set's failure categories were fixed (general rules): every field 65/65 but
// windows 64/65, whole reading 64/65.
const HELD_OUT_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.98, 'the meeting type right'],
  ['location', 0.98, 'the place right'],
  ['windowsExact', 0.96, 'time windows exact'],
  ['intent', 0.98, 'the intent right'],
  ['excluded', 0.98, 'exclusions exact'],
];
// The second held-out set (cases-held-out-2.ts), written blind by another author and first run after the
// first set's failure categories were fixed: contacts 60/60, type 57/60, place 51/60, windows 35/60,
// intent 54/60, exclusions 50/60, whole reading 27/60. Its failure categories were then studied and fixed
// with general rules (so it is no longer blind): contacts, type, place, intent and exclusions 60/60, windows
// 59/60, whole reading 59/60. Floors: measured minus about one email.
const HELD_OUT_2_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.98, 'the meeting type right'],
  ['location', 0.98, 'the place right'],
  ['windowsExact', 0.96, 'time windows exact'],
  ['intent', 0.98, 'the intent right'],
  ['excluded', 0.98, 'exclusions exact'],
];
// The third held-out set (cases-held-out-3.ts), written blind by another author (who never read the
// interpreter), labels committed before its first run: contacts 51/60, type 58/60, duration 59/60, place
// 48/60, windows 42/60, intent 57/60, exclusions 51/60, whole reading 27/60. Its failure categories were then
// studied and fixed with general rules and development cases of their own (cases-categories-3.ts,
// cases-windows-3.ts), so it is no longer blind: contacts, type, duration, windows 60/60, place and intent
// 59/60, exclusions 57/60, whole reading 55/60. Floors: measured minus about one email.
const HELD_OUT_3_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.98, 'the meeting type right'],
  ['location', 0.96, 'the place right'],
  ['windowsExact', 0.98, 'time windows exact'],
  ['intent', 0.96, 'the intent right'],
  ['excluded', 0.93, 'exclusions exact'],
];
// The fourth held-out set (cases-held-out-4.ts), written blind by another author who never read the
// interpreter, labels committed before its first run, which came after the third set's fixes: contacts
// 58/60, type 53/60, duration 57/60, place 40/60, windows 37/60, intent 56/60, exclusions 51/60, whole reading
// 23/60. Its categories were then studied and fixed with general rules and development cases of their own
// (cases-categories-4.ts, cases-windows-4.ts): contacts, type, duration, place and intent 60/60, windows
// 54/60, exclusions 57/60, whole reading 51/60. Floors: measured minus about one email.
const HELD_OUT_4_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.98, 'the meeting type right'],
  ['location', 0.98, 'the place right'],
  ['windowsExact', 0.88, 'time windows exact'],
  ['intent', 0.98, 'the intent right'],
  ['excluded', 0.93, 'exclusions exact'],
];
// The fifth held-out set (cases-held-out-5.ts), written blind by another author who never read the
// interpreter, labels committed before its first run, which came after the fourth set's fixes: contacts
// 58/60, type 58/60, duration 60/60, place 51/60, windows 46/60 (mean overlap 81 %), intent 58/60,
// exclusions 58/60, whole reading 36/60: the honest figures. Its categories were then studied and fixed
// with development cases of their own (cases-categories-5.ts, cases-windows-5.ts): contacts, type,
// duration and intent 60/60, place 59/60, windows 54/60, exclusions 57/60, whole reading 50/60. Floors:
// measured minus about one email.
const HELD_OUT_5_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.98, 'the meeting type right'],
  ['location', 0.96, 'the place right'],
  ['windowsExact', 0.88, 'time windows exact'],
  ['intent', 0.98, 'the intent right'],
  ['excluded', 0.93, 'exclusions exact'],
];
// The sixth held-out set (cases-held-out-6.ts), written blind by another author who never read the
// interpreter, labels committed before its first run, which came after the fifth set's fixes: contacts
// 60/60, type 59/60, duration 60/60, place 55/60, windows 40/60 (43/60 as windows are now compared, by the time
// they allow; mean overlap 77 %), intent 57/60, exclusions 54/60, whole reading 35/60: the honest figures. Its
// categories were then studied and fixed with development cases of their own (cases-weeks-and-moves-6.ts,
// cases-windows-6.ts). Floors: measured minus about one email; exclusions stay below the first run because a
// day a meeting is moved away from is now ruled out (the labelling convention), where its labels give none.
const HELD_OUT_6_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.98, 'the meeting type right'],
  ['location', 0.93, 'the place right'],
  ['windowsExact', 0.91, 'time windows exact'],
  ['intent', 0.98, 'the intent right'],
  ['excluded', 0.86, 'exclusions exact'],
];
// The seventh held-out set (cases-held-out-7.ts), written blind by another author, labels committed before its
// first run (at d6a5036, after the sixth set's fixes): contacts 58/60, type 57/60, duration 57/60, place 52/60,
// windows 45/60 (mean overlap 83 %), intent 58/60, exclusions 53/60, whole reading 30/60: the honest figures. Its
// categories were then studied and fixed (cases-windows-7.ts). Floors: measured minus about one email.
const HELD_OUT_7_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.95, 'the meeting type right'],
  ['location', 0.96, 'the place right'],
  ['windowsExact', 0.9, 'time windows exact'],
  ['intent', 0.95, 'the intent right'],
  ['excluded', 0.91, 'exclusions exact'],
];
// The eighth held-out set (cases-held-out-8.ts), written blind by a third author, labels committed before its
// first run (at 342681a, after the seventh set's fixes): contacts 60/60, type 57/60, duration 56/60, place 48/60,
// windows 43/60 (mean overlap 74 %), intent 54/60, exclusions 53/60, whole reading 27/60: the honest figures, and
// the last blind ones. Some of its categories were then fixed (cases-windows-8.ts), and place is now compared
// without the words joining a venue to its street ("on", "à"). Floors: measured minus about one email.
const HELD_OUT_8_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.98, 'contacts exact'],
  ['type', 0.95, 'the meeting type right'],
  ['location', 0.9, 'the place right'],
  ['windowsExact', 0.81, 'time windows exact'],
  ['intent', 0.91, 'the intent right'],
  ['excluded', 0.86, 'exclusions exact'],
];
// The ninth held-out set (cases-held-out-9.ts, 40 emails, 19 of them threads), written blind by a fourth author,
// labels committed before its first run (at 7bf9441, after the eighth set's fixes): contacts 40/40, type 38/40,
// duration 39/40, place 35/40, windows 26/40 (mean overlap 78 %), intent 39/40, exclusions 33/40, whole reading
// 19/40: the honest figures, never studied. Floors: measured minus about one email.
const HELD_OUT_9_FLOORS: ReadonlyArray<[Field, number, string]> = [
  ['contacts', 0.97, 'contacts exact'],
  ['type', 0.92, 'the meeting type right'],
  ['location', 0.85, 'the place right'],
  ['windowsExact', 0.62, 'time windows exact'],
  ['intent', 0.95, 'the intent right'],
  ['excluded', 0.8, 'exclusions exact'],
];
const pct = (share: number): string => `${Math.round(share * 100)} %`;

describe('interpreter accuracy on the development corpus (npm run eval prints the details)', () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus(loadCorpus('development'));
  });

  it('holds at least 200 labelled emails', () => {
    expect(report.cases).toBeGreaterThanOrEqual(200);
  });

  it.each(CONTRACT_TARGETS)('keeps %s at the contract target %s (%s)', (field, floor) => {
    expect(report.accuracy[field]).toBeGreaterThanOrEqual(floor);
  });
});

/** One held-out set: at least 60 emails, half of them threads; each field at its floor; the whole-reading floor. */
function describeHeldOut(
  title: string,
  set: Exclude<CorpusSet, 'development' | 'all'>,
  floors: ReadonlyArray<[Field, number, string]>,
  allRight: { floor: number; label: string },
  size: { cases: number; threads: number } = { cases: 60, threads: 30 },
): void {
  describe(title, () => {
    let report: CorpusReport;
    beforeAll(async () => {
      report = await evaluateCorpus(loadCorpus(set));
    });

    it(`holds at least ${size.cases} labelled emails, ${size.threads} of them threads with quoted or forwarded history`, () => {
      expect(report.cases).toBeGreaterThanOrEqual(size.cases);
      const threads = loadCorpus(set).filter((entry) => (entry.row.history ?? []).length > 0);
      expect(threads.length).toBeGreaterThanOrEqual(size.threads);
    });

    it.each(floors)('keeps %s at least at its measured floor %s (%s)', (field, floor, label) => {
      expect(report.accuracy[field], `${label}: ${pct(report.accuracy[field])}`).toBeGreaterThanOrEqual(floor);
    });

    it(allRight.label, () => {
      expect(report.allRight).toBeGreaterThanOrEqual(allRight.floor);
    });
  });
}

describeHeldOut(
  'interpreter accuracy on the first held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out',
  HELD_OUT_FLOORS,
  { floor: 0.96, label: 'reads at least 96 % of the emails wholly right' },
);
describeHeldOut(
  'interpreter accuracy on the second held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out-2',
  HELD_OUT_2_FLOORS,
  { floor: 0.96, label: 'reads at least 96 % of the emails wholly right' },
);
describeHeldOut(
  'interpreter accuracy on the third held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out-3',
  HELD_OUT_3_FLOORS,
  { floor: 0.9, label: 'reads at least 90 % of the emails wholly right (27/60 at its first run)' },
);
describeHeldOut(
  'interpreter accuracy on the fourth held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out-4',
  HELD_OUT_4_FLOORS,
  { floor: 0.83, label: 'reads at least 83 % of the emails wholly right (23/60 at its first run)' },
);
describeHeldOut(
  'interpreter accuracy on the fifth held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out-5',
  HELD_OUT_5_FLOORS,
  { floor: 0.81, label: 'reads at least 81 % of the emails wholly right (36/60 at its first run)' },
);
describeHeldOut(
  'interpreter accuracy on the sixth held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out-6',
  HELD_OUT_6_FLOORS,
  { floor: 0.75, label: 'reads at least 75 % of the emails wholly right (35/60 at its first run)' },
);
describeHeldOut(
  'interpreter accuracy on the seventh held-out corpus (blind at first, its failure categories since fixed) (#4)',
  'held-out-7',
  HELD_OUT_7_FLOORS,
  { floor: 0.78, label: 'reads at least 78 % of the emails wholly right (30/60 at its first run)' },
);
describeHeldOut(
  'interpreter accuracy on the eighth held-out corpus (blind at first, a few of its categories since fixed) (#4)',
  'held-out-8',
  HELD_OUT_8_FLOORS,
  { floor: 0.6, label: 'reads at least 60 % of the emails wholly right (27/60 at its first run)' },
);
describeHeldOut(
  'interpreter accuracy on the ninth, blind held-out corpus (#4)',
  'held-out-9',
  HELD_OUT_9_FLOORS,
  { floor: 0.45, label: 'reads at least 45 % of the emails wholly right (19/40 at its first run)' },
  { cases: 40, threads: 19 },
);
