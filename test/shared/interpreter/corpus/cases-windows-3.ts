/**
 * Development cases written for the time-window categories found on the third held-out set
 * (cases-held-out-3.ts), with wording of their own (never the held-out sentences). Part of the development set.
 */
import type { CaseRow } from './corpus-case.js';

export const WINDOW_3_CASES: readonly CaseRow[] = [];
