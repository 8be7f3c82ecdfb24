/**
 * Prints the Duckling figures of `resolveTimeExpressions` (build shared first):
 *   npx tsc -b shared && npx tsx test/shared/interpreter/duckling/print-duckling-scores.ts [--failures en|fr]
 */
import { fileURLToPath } from 'node:url';
import { resolverAdapter } from './resolver-adapter.js';
import { scoreDuckling } from './score-duckling.js';

const corpusDir = fileURLToPath(new URL('../../../../../shared/benchmarks/duckling/', import.meta.url));
const failuresOf = process.argv[process.argv.indexOf('--failures') + 1];
for (const language of ['en', 'fr'] as const) {
  const started = performance.now();
  const score = scoreDuckling(`${corpusDir}duckling-time-${language}.json`, resolverAdapter(language));
  const perPhraseMs = (performance.now() - started) / score.total;
  const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
  console.log(
    `${language}: whole ${score.correct}/${score.total} = ${percent(score.correct, score.total)}; non-holiday ${score.nonHolidayCorrect}/${score.nonHolidayTotal} = ${percent(score.nonHolidayCorrect, score.nonHolidayTotal)}; ${perPhraseMs.toFixed(3)} ms/phrase`,
  );
  if (process.argv.includes('--failures') && failuresOf === language) {
    for (const failure of score.failures)
      console.log(`  ${failure.set.padEnd(8)} ${failure.text.padEnd(40)} want ${failure.expected}  got ${failure.got}`);
  }
}
