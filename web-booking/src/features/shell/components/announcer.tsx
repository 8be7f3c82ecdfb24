import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One polite live region that exists from the first render, so screen readers announce every later
 * change (loading done, slots refreshed, zone changed). Errors use role="alert" where they appear.
 */
export function AnnouncerProvider({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState('');
  // Alternate a trailing no-break space so the same message twice is still a change the reader hears.
  const announce = useCallback<Announce>(
    (next) => setMessage((previous) => (previous === next ? `${next}\u00a0` : next)),
    [],
  );
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Announces a message in the page's polite live region. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
