/**
 * Study aid: `npx tsx test/shared/interpreter/show-failures.ts <set> [id…]` (from `shared/`) prints each case of a
 * corpus set that is not read wholly right (or the named cases): its text, and the expected and read windows and
 * exclusions in the case's local time. For studying a held-out set after its first run, never before.
 */
import { evaluateCorpus, isAllRight } from './evaluate-corpus.js';
import { loadCorpus, type CorpusSet } from './corpus/load-corpus.js';

const set = (process.argv[2] ?? 'held-out-6') as CorpusSet;
const only = process.argv.slice(3);
const local = (ms: number | null, tz: string): string =>
  ms === null ? 'open' : new Date(ms).toLocaleString('sv-SE', { timeZone: tz, hour12: false }).slice(0, 16);
const corpus = loadCorpus(set).filter((c) => only.length === 0 || only.includes(c.id));
const report = await evaluateCorpus(corpus);
for (const score of report.scores) {
  const c = corpus.find((x) => x.id === score.id)!;
  if (only.length === 0 && isAllRight(score)) continue;
  const tz = c.options.timeZone;
  const a = score.actual;
  console.log(`===== ${c.id} tz=${tz} now=${c.options.now ?? ''}`);
  console.log(
    c.eml
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n\n')
      .slice(0, 3000),
  );
  console.log(
    'EXPECTED when:',
    c.expectedWindows.map((w) => `${local(w.fromMs, tz)}..${local(w.toMs, tz)}`).join(' | '),
  );
  console.log(
    'EXPECTED excl:',
    c.expectedExcluded.map((w) => `${local(w.fromMs, tz)}..${local(w.toMs, tz)}`).join(' | '),
  );

  console.log(
    'GOT intent:',
    a.intent,
    'type:',
    a.type,
    'loc:',
    a.location?.text ?? null,
    'expected intent:',
    c.row.expect.intent,
  );
  console.log(
    'GOT when:',
    a.timeWindows
      .map((w) => `${local(Date.parse(w.from), tz)}..${local(w.to === null ? null : Date.parse(w.to), tz)}`)
      .join(' | '),
  );
  console.log(
    'GOT excl:',
    a.excluded
      .map((w) => `${local(Date.parse(w.from), tz)}..${local(w.to === null ? null : Date.parse(w.to), tz)}`)
      .join(' | '),
  );
}
