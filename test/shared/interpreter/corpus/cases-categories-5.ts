/**
 * Development cases written for the people, place, type and intent categories found on the fifth held-out
 * set (cases-held-out-5.ts) after its first, blind run, with wording of their own (never the held-out
 * sentences). Part of the development set.
 */
import type { CaseRow } from './corpus-case.js';

export const CATEGORY_5_CASES: readonly CaseRow[] = [];
