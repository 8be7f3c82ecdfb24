import type { CaseRow } from './corpus-case.js';

/** English threads. */
export const EN_THREAD_CASES: readonly CaseRow[] = [];
