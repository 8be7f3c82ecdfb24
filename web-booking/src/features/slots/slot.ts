/** One free slot as the API sends it: ISO UTC instants, half-open [start, end). */
export interface Slot {
  readonly start: string;
  readonly end: string;
}

/** The slots answer: the zone the server used and every free slot. */
export interface SlotList {
  readonly timeZone: string;
  readonly slots: readonly Slot[];
}
