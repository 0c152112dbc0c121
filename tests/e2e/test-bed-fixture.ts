import { test as base } from '@playwright/test';
import { launchSharedChromium, type SharedChromium } from '../harness/shared-chromium';
import { launchTestBed, type TestBed, type TestBedOptions } from '../harness/test-bed';

export interface PageProblems {
  /** Console errors and uncaught exceptions, CSP violations among them. */
  errors: string[];
}

/**
 * Each test gets its own test bed: a new browser context in its worker's Chromium, a new empty user-data folder, its
 * own main and freshly seeded emulator, the app already loaded. Only Chromium itself is shared, one test at a time
 * (test-bed-isolation.spec.ts shows a test sees nothing of the one before).
 */
export const test = base.extend<
  { testBedOptions: TestBedOptions; testBed: TestBed; pageProblems: PageProblems },
  { sharedChromium: SharedChromium }
>({
  sharedChromium: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form for fixtures.
    async ({}, use) => {
      const shared = await launchSharedChromium();
      await use(shared);
      await shared.close();
    },
    { scope: 'worker' },
  ],
  testBedOptions: [{}, { option: true }],
  testBed: async ({ testBedOptions, sharedChromium }, use) => {
    const bed = await launchTestBed({ ...testBedOptions, headless: true, sharedChromium });
    await use(bed);
    await bed.close();
  },
  // Recorded by the test bed from before the page first loaded.
  pageProblems: async ({ testBed }, use) => {
    await use({ errors: testBed.pageErrors });
  },
});

export { expect } from '@playwright/test';
