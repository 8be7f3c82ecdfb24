import { resolveTimeExpressions } from '@slash/shared';
import type { DucklingInterpret } from './score-duckling.js';

/** A Duckling adapter over `resolveTimeExpressions` alone, in the corpus's language. */
export function resolverAdapter(language: 'en' | 'fr'): DucklingInterpret {
  return (phrase, nowIso, timeZone) =>
    resolveTimeExpressions(phrase, { nowMs: Date.parse(nowIso), timeZone, language }).timeWindows.map((window) => ({
      from: new Date(window.fromMs).toISOString(),
      to: window.toMs === null ? null : new Date(window.toMs).toISOString(),
    }));
}
