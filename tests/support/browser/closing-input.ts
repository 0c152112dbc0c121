// Input that may close Circle's window. Chromium never answers an input event whose frame is torn down while the
// event is in flight — here an out-of-process iframe removed by the very key or click that closed it — so
// Playwright's press() or click() then waits for ever (seen in CI: a keyUp unanswered after its keyDown had closed
// the window). These send the gesture's last event without waiting for that answer; everything a test checks
// afterwards still comes from the page. Enter acts on keydown and a click on mouseup, as for a person.
import type { Locator, Page } from '@playwright/test';

export async function pressThatMayClose(page: Page, key: string): Promise<void> {
  await page.keyboard.down(key);
  void page.keyboard.up(key).catch(() => {});
}

/** Clicks `target` (in Circle's frame) after Playwright's own checks: visible, enabled, stable, not covered. */
export async function clickThatMayClose(page: Page, target: Locator): Promise<void> {
  await target.click({ trial: true });
  const box = await target.boundingBox();
  if (!box) throw new Error('The control to click has no box on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  void page.mouse.up().catch(() => {});
}
