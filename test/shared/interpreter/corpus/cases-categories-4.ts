/**
 * Development cases written for the people, place, type, duration and intent categories found on the fourth
 * held-out set (cases-held-out-4.ts) after its first, blind run, with wording of their own (never the held-out
 * sentences). Part of the development set.
 */
import type { CaseRow } from './corpus-case.js';

export const CATEGORY_4_CASES: readonly CaseRow[] = [];
