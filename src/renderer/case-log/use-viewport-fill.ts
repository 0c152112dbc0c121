import { type RefObject, useEffect } from 'react';

/** Room kept below the element (the page's bottom padding). */
const bottomGap = 12;
/** Below this the element stops shrinking and the page scrolls instead. */
const minHeight = 320;

/**
 * Sizes an element to reach the bottom of the window from where it starts, so what it holds (the case list and the
 * opened case) scrolls inside it and is on screen without the page scrolling. Follows window resizes and anything
 * above it growing or shrinking (a filter row wrapping, a notice appearing).
 */
export function useViewportFill(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fill = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.height = `${Math.max(minHeight, window.innerHeight - top - bottomGap)}px`;
    };
    fill();
    const observer = new ResizeObserver(fill);
    // Whatever is above it lives in the same page: watching the page's size catches it moving.
    observer.observe(document.body);
    window.addEventListener('resize', fill);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fill);
    };
  }, [ref]);
}
