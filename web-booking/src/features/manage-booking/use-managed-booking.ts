import { useCallback, useEffect, useState } from 'react';
import { fetchManagedBooking, type ManagedBooking } from './api.js';

/** Where loading the booking stands. */
export type ManagedBookingState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly booking: ManagedBooking }
  | { readonly status: 'error'; readonly error: unknown };

/** Loads the booking of a manage link; `reload` refetches it (after an error, a cancel or a move). */
export function useManagedBooking(token: string) {
  const [state, setState] = useState<ManagedBookingState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetchManagedBooking(token, controller.signal).then(
      (booking) => setState({ status: 'ready', booking }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [token, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, reload };
}
