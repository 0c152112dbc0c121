import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run in the page's own document, Circle's window excluded (another origin; the emulator's page has its
 * own tests). axe goes in once per document and each scan is one `axe.run`: @axe-core/playwright injected it into
 * every frame and finished each scan in a new page, about a second a scan where the scan itself takes a tenth.
 * No other frame is scanned: one would need axe put in it too. The console's only other frame, Settings' look
 * preview (the emulator's page, with tests of its own), is not open in any scan.
 */
export async function axeScan(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOptions: RunOptions = { ...options, resultTypes: ['violations'] };
  return page.evaluate((given) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    return axe.run({ exclude: ['#sdkIframe'] }, given);
  }, runOptions);
}

/** One line per finding: the rule, what it asks for and how many elements break it. */
export function findingLines(violations: readonly Result[]): string[] {
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}

/** axe-core's serious and critical findings on the console's own page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await axeScan(page);
  return findingLines(
    violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
  );
}
