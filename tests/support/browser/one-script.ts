// Issue 24 §1: in every state the agent's screen has exactly one "Tell the customer" line, and at most one filled
// button — the next step. Where the next step is not a console button, none of the console's is filled: while the
// customer types, the filled button on screen is Circle's own Continue, drawn over the console; while the agent asks
// the two questions, the question to ask is marked instead (a filled Start there would invite a guess at the path,
// and a wrong reset guess costs the customer PIN tries).
import type { Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';

/** The filled buttons of the Customer view the agent can see (outlined, danger and link buttons are not filled). */
export function filledButtons(page: Page) {
  return page
    .locator('.view-slot')
    .locator('button:not(.secondary):not(.danger):not(.link-button)')
    .filter({ visible: true });
}

export async function expectOneScript(page: Page, nextStep: string | null): Promise<void> {
  await expect(page.locator('.view-slot').getByText('Tell the customer:').filter({ visible: true })).toHaveCount(1);
  const filled = filledButtons(page);
  if (nextStep === null) await expect(filled).toHaveCount(0);
  else await expect(filled).toHaveText([nextStep]);
}

/** Focus is somewhere the keyboard can go on from, never the page's body. */
export async function expectFocusNotLost(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body))
    .toBe(true);
}
