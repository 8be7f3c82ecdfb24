import { useCallback, useEffect, useState } from 'react';
import type { Slot, SlotList } from './slot.js';

/** Where a slot list stands. */
export type SlotsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly slots: readonly Slot[] }
  | { readonly status: 'error'; readonly error: unknown };

/** Loads a slot list in `timeZone` (for the link or for a reschedule); `undefined` loader waits. */
export function useSlots(
  load: ((timeZone: string, signal: AbortSignal) => Promise<SlotList>) | undefined,
  timeZone: string,
) {
  const [state, setState] = useState<SlotsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (load === undefined) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(timeZone, controller.signal).then(
      (list) => setState({ status: 'ready', slots: list.slots }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [load, timeZone, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  /** Shows slots the API just sent (a 409 carries the fresh list) without another request. */
  const replace = useCallback((slots: readonly Slot[]) => setState({ status: 'ready', slots }), []);
  return { state, reload, replace };
}
