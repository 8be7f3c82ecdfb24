/**
 * Runs Duckling's time corpus through the whole interpreter (MIME decoding
 * included, not only the time parser): each phrase becomes a one-line email
 * whose `Date` and `--now` are the file's reference time, read in `Etc/GMT+2`.
 *
 * `scoreDuckling` takes a synchronous adapter while `interpretMessage` is
 * asynchronous (MIME decoding), so every phrase is interpreted first and the
 * adapter answers from those results.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interpretMessage } from '../../../shared/src/index.js';
import { DUCKLING_TIME_ZONE, scoreDuckling, type DucklingScore } from './duckling/score-duckling.js';

type Windows = { from: string; to: string | null }[];

/** Where the Duckling corpora live (outside the repository, beside the design docs). */
export const DUCKLING_CORPUS_DIR = fileURLToPath(new URL('../../../../shared/benchmarks/duckling/', import.meta.url));

/** A phrase as a minimal RFC 822 message dated `nowIso`. */
export function phraseAsEmail(phrase: string, nowIso: string): string {
  const date = new Date(nowIso).toUTCString().replace('GMT', '+0000');
  return `From: contact@duckling.example\r\nTo: client@slash.example\r\nSubject: meeting\r\nDate: ${date}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${phrase}\r\n`;
}

async function interpretAll(corpusPath: string): Promise<Map<string, Windows>> {
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as {
    header: { referenceTime: string };
    examples: { text: string; referenceTime?: string }[];
  };
  const defaultNowIso = new Date(corpus.header.referenceTime).toISOString();
  const results = new Map<string, Windows>();
  for (const example of corpus.examples) {
    const nowIso = example.referenceTime === undefined ? defaultNowIso : new Date(example.referenceTime).toISOString();
    const interpretation = await interpretMessage(phraseAsEmail(example.text, nowIso), {
      now: nowIso,
      timeZone: DUCKLING_TIME_ZONE,
    });
    results.set(`${nowIso}\u0000${example.text}`, interpretation.timeWindows);
  }
  return results;
}

/** The Duckling score of the whole interpreter on one language's corpus. */
export async function scoreInterpreterOnDuckling(language: 'en' | 'fr'): Promise<DucklingScore> {
  const corpusPath = `${DUCKLING_CORPUS_DIR}duckling-time-${language}.json`;
  const results = await interpretAll(corpusPath);
  return scoreDuckling(corpusPath, (phrase, nowIso) => results.get(`${nowIso}\u0000${phrase}`) ?? []);
}

/** Prints the Duckling figures (whole set and non-holiday) for both languages. */
export async function runDucklingFigures(): Promise<void> {
  const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
  for (const language of ['en', 'fr'] as const) {
    const score = await scoreInterpreterOnDuckling(language);
    console.log(
      `Duckling ${language.toUpperCase()} (via interpretMessage): whole ${score.correct}/${score.total} = ${percent(score.correct, score.total)}; non-holiday ${score.nonHolidayCorrect}/${score.nonHolidayTotal} = ${percent(score.nonHolidayCorrect, score.nonHolidayTotal)}`,
    );
  }
}
