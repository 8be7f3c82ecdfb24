/** The current time, injected everywhere so tests can move it (never call Date.now() elsewhere). */
export interface Clock {
  nowMs(): number;
}

/** The real clock. */
export const systemClock: Clock = { nowMs: () => Date.now() };

/** A clock tests can set and advance. */
export function fixedClock(startMs: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let now = startMs;
  return {
    nowMs: () => now,
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
