import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's serious and critical findings on the console's own page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Circle's window is another origin (the emulator's page has its own tests); this scans the console itself.
  const results = await new AxeBuilder({ page }).exclude('#sdkIframe').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}
