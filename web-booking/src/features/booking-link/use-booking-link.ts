import { useCallback, useEffect, useState } from 'react';
import { fetchBookingLink, type BookingLink } from './api.js';

/** Where loading the link stands. */
export type BookingLinkState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly link: BookingLink }
  | { readonly status: 'error'; readonly error: unknown };

/** Loads the booking link once per token; `reload` retries after an error. */
export function useBookingLink(token: string) {
  const [state, setState] = useState<BookingLinkState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchBookingLink(token, controller.signal).then(
      (link) => setState({ status: 'ready', link }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [token, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, reload };
}
