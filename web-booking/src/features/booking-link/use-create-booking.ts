import { useCallback, useRef, useState } from 'react';
import { newIdempotencyKey } from '../../lib/http.js';
import { createBooking, type CreateBookingBody, type CreatedBooking } from './api.js';

/** Where the booking submission stands. */
export type CreateBookingState =
  | { readonly status: 'idle' }
  | { readonly status: 'submitting' }
  | { readonly status: 'done'; readonly booking: CreatedBooking }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Submits a booking. The Idempotency-Key follows the body: resubmitting the same body after a network
 * error reuses the key (the server answers once), a changed body gets a new key (same key with another
 * body is a 422 by the draft).
 */
export function useCreateBooking(token: string) {
  const [state, setState] = useState<CreateBookingState>({ status: 'idle' });
  const keyRef = useRef<{ body: string; key: string } | undefined>(undefined);

  const submit = useCallback(
    async (body: CreateBookingBody): Promise<CreateBookingState> => {
      const serialized = JSON.stringify(body);
      if (keyRef.current?.body !== serialized) keyRef.current = { body: serialized, key: newIdempotencyKey() };
      setState({ status: 'submitting' });
      let next: CreateBookingState;
      try {
        next = { status: 'done', booking: await createBooking(token, body, keyRef.current.key) };
      } catch (error) {
        next = { status: 'error', error };
      }
      setState(next);
      return next;
    },
    [token],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, submit, reset };
}
