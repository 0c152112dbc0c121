// Issue 24 §1: in every state the agent's screen has exactly one "Tell the customer" line and exactly one next step.
// Mostly that step is the one filled console button. In two kinds of state it is not a console button, and then no
// console button is filled and the test checks where the step is instead:
// - the agent asks the two questions: the question to ask now is marked (a filled Start there would invite a guess at
//   the path, and a wrong reset guess costs the customer PIN tries);
// - the customer types in Circle's window: that window is open over the console, and its own Continue is the step.
import type { Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';
import { hostedUi } from './console-steps';

/** Where the next step is when it is not a console button. */
export type NextStepOffConsole = { askQuestion: string } | 'customer types in Circle’s window';

/** The filled buttons of the Customer view the agent can see (outlined, danger and link buttons are not filled). */
export function filledButtons(page: Page) {
  return page
    .locator('.view-slot')
    .locator('button:not(.secondary):not(.danger):not(.link-button)')
    .filter({ visible: true });
}

export async function expectOneScript(page: Page, nextStep: string | NextStepOffConsole): Promise<void> {
  await expect(page.locator('.view-slot').getByText('Tell the customer:').filter({ visible: true })).toHaveCount(1);
  const filled = filledButtons(page);
  if (typeof nextStep === 'object') {
    await expect(filled).toHaveCount(0);
    await expect(page.locator('fieldset[data-next]')).toHaveAccessibleName(nextStep.askQuestion);
  } else if (nextStep === 'customer types in Circle’s window') {
    await expect(filled).toHaveCount(0);
    await expect(page.locator('#sdkIframe')).toBeVisible();
    await expect(hostedUi(page).getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  } else {
    await expect(filled).toHaveText([nextStep]);
  }
}

/** Focus is somewhere the keyboard can go on from, never the page's body. */
export async function expectFocusNotLost(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body))
    .toBe(true);
}
