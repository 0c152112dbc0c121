import { useEffect, useRef } from 'react';

/**
 * Keeps the keyboard focus off the page's body: when the element that had it leaves the page (a start button as the
 * path folds, the case's buttons as it is put away), focus goes to `fallback()` instead. Focus the agent moved
 * elsewhere, or a click on empty space, is left alone: only a focused element that is gone is replaced.
 */
export function useFocusKeeper(active: boolean, fallback: () => HTMLElement | null): void {
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  // After every render: React has just removed whatever it removed.
  useEffect(() => {
    const focused = document.activeElement;
    const lost = focused === null || focused === document.body;
    if (!active || !lost || !lastFocused.current || lastFocused.current.isConnected) return;
    const target = fallback();
    lastFocused.current = null;
    target?.focus();
  });
}
