// Waiting for Circle's window (the emulator's hosted page) to answer what the customer sent. The page draws every
// answer as a new screen — the next step, or the same step with its error — or closes the window, so the form on
// screen is marked before sending and the answer is that form gone. Waiting for `aria-busy` to clear would not do:
// it is already clear before the click or key lands.
import { expect, type FrameLocator } from '@playwright/test';

const sent = 'data-sent-by-test';

export async function sendAndAwaitAnswer(frame: FrameLocator, send: () => Promise<void>): Promise<void> {
  await frame.locator('form').evaluateAll((forms, mark) => {
    for (const form of forms) form.setAttribute(mark, '');
  }, sent);
  await send();
  await expect(frame.locator(`form[${sent}]`)).toHaveCount(0);
}
