import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to the element (a heading with tabIndex -1) when it appears,
 * so each step of the booking flow starts where the user's attention must go.
 */
export function useFocusOnMount<T extends HTMLElement>(isEnabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (isEnabled) ref.current?.focus();
  }, [isEnabled]);
  return ref;
}
