import type { CaseRow } from './corpus-case.js';

/** French threads. */
export const FR_THREAD_CASES: readonly CaseRow[] = [];
