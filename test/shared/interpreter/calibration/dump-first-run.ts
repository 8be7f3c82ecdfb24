/**
 * Prints, for one held-out set, the interpreter's reading of each email as the calibration sees it
 * (its confidence features, and whether the whole reading was right). Meant to run in a checkout of
 * the commit at which that set was first run, so the readings are of mail the interpreter had never
 * been tuned on (see first-blind-runs.json and fit-confidence-calibration.ts):
 *   git worktree add /tmp/first-run <commit> && ln -s "$PWD/node_modules" /tmp/first-run/
 *   mkdir -p /tmp/first-run/test/shared/interpreter/calibration
 *   cp test/shared/interpreter/calibration/dump-first-run.ts /tmp/first-run/test/shared/interpreter/calibration/
 *   (cd /tmp/first-run && npx tsx test/shared/interpreter/calibration/dump-first-run.ts <set>) > readings.json
 * (the modules it imports have these paths at every commit since the first held-out set).
 */
import { evaluateCorpus, isAllRight } from '../evaluate-corpus.js';
import { loadCorpus, type CorpusSet } from '../corpus/load-corpus.js';

const set = (process.argv[2] ?? 'held-out') as CorpusSet;
const report = await evaluateCorpus(loadCorpus(set));
console.log(JSON.stringify(report.scores.map((s) => ({ id: s.id, right: isAllRight(s), features: s.features }))));
