import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

// One clock for the whole window: every countdown and relative time reads the same "now", ticking once a second
// from the first render, so two countdowns never disagree and none shows a stale value when it appears.
const ClockContext = createContext<Date | null>(null);

export function ClockProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <ClockContext.Provider value={now}>{children}</ClockContext.Provider>;
}

/** The window's current time (outside a provider, the time of this render). */
export function useClock(): Date {
  return useContext(ClockContext) ?? new Date();
}
