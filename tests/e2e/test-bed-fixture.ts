import { test as base, type ConsoleMessage } from '@playwright/test';
import { launchTestBed, type TestBed, type TestBedOptions } from '../harness/test-bed';

export interface PageProblems {
  /** Console errors and uncaught exceptions, CSP violations among them. */
  errors: string[];
}

/** Each test gets its own test bed: a fresh browser, a new empty user-data folder, the app already loaded. */
export const test = base.extend<{ testBedOptions: TestBedOptions; testBed: TestBed; pageProblems: PageProblems }>({
  testBedOptions: [{}, { option: true }],
  testBed: async ({ testBedOptions }, use) => {
    const bed = await launchTestBed({ ...testBedOptions, headless: true });
    await use(bed);
    await bed.close();
  },
  pageProblems: async ({ testBed }, use) => {
    const problems: PageProblems = { errors: [] };
    const record = (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.errors.push(message.text());
    };
    testBed.page.on('console', record);
    testBed.page.on('pageerror', (error) => problems.errors.push(error.message));
    // The app was loaded before these listeners existed: load it again so nothing it logs is missed.
    await testBed.page.reload();
    await use(problems);
  },
});

export { expect } from '@playwright/test';
