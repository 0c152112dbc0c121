import type { BrowserContext, Page } from '@playwright/test';
import type { CustomerWindowPort } from '../../src/main/customer-screen/customer-screen-ports';
import type { CustomerWindowPlacement } from '../../src/main/window/customer-display';
import { customerEntryUrl } from '../../src/shared/app-origin';

export interface CustomerPage extends CustomerWindowPort {
  /** The customer window's page while it is open. */
  page(): Page | null;
  /** The page once main has opened it (now, or when it next does), loaded. */
  opened(): Promise<Page>;
  /** Every place main put the window, in order (a browser page cannot be moved to a display: it is recorded). */
  placements: CustomerWindowPlacement[];
}

/**
 * The customer window in the test bed: a second page in the same browser context, on the customer window's own entry
 * (its preload is chosen by the page's path, as Electron gives each window its own). A test closing the page is the
 * customer closing the window.
 */
export function customerPageIn(context: BrowserContext): CustomerPage {
  let current: Page | null = null;
  let opening: Promise<Page> | null = null;
  const waiting: ((page: Promise<Page>) => void)[] = [];
  const closedListeners: (() => void)[] = [];

  const open = async (): Promise<Page> => {
    const page = await context.newPage();
    current = page;
    page.on('close', () => {
      if (current !== page) return;
      current = null;
      opening = null;
      for (const listener of closedListeners) listener();
    });
    await page.goto(customerEntryUrl);
    return page;
  };

  return {
    placements: [],
    show(placement) {
      this.placements.push(placement);
      if (opening) return;
      const started = open();
      started.catch(() => {});
      opening = started;
      for (const resolve of waiting.splice(0)) resolve(started);
    },
    close: () => {
      void current?.close();
    },
    isOpen: () => opening !== null,
    onClosed: (listener) => {
      closedListeners.push(listener);
    },
    page: () => current,
    opened: () => opening ?? new Promise<Promise<Page>>((resolve) => waiting.push(resolve)).then((page) => page),
  };
}
