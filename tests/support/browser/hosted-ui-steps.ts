// What a customer does in the hosted PIN UI, keyboard only, and what the tests check on every screen.

import { expect, type SdkPage } from '../../e2e/emulator-hosted-ui/hosted-ui-fixture';
import { pressThatMayClose } from './closing-input';
import { sendAndAwaitAnswer } from './hosted-ui-answer';

/**
 * The screen whose PIN / answer input is labelled `label`: its input has focus; type the value, press Enter, and wait
 * until the hosted UI has its answer.
 */
export async function enter(sdkPage: SdkPage, label: string, value: string): Promise<void> {
  const input = sdkPage.hostedUi.getByLabel(label, { exact: true });
  await expect(input).toBeFocused();
  await sdkPage.page.keyboard.type(value);
  await sendAndAwaitAnswer(sdkPage.hostedUi, () => pressThatMayClose(sdkPage.page, 'Enter'));
}

/** A PIN screen as the issue specifies it: one password-type numeric input, Continue and Cancel. */
export async function expectPinScreen(sdkPage: SdkPage, label: string): Promise<void> {
  const { hostedUi } = sdkPage;
  const input = hostedUi.getByLabel(label, { exact: true });
  await expect(input).toBeVisible();
  await expect(input).toHaveAttribute('type', 'password');
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await expect(input).toHaveAttribute('maxlength', '6');
  await expect(input).toHaveAttribute('autocomplete', 'off');
  await expect(hostedUi.locator('input')).toHaveCount(1);
  await expect(hostedUi.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  await expect(hostedUi.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
}

export async function expectAlert(sdkPage: SdkPage, code: number): Promise<void> {
  await expect(sdkPage.hostedUi.getByRole('alert')).toContainText(String(code));
}

/** Poll intervals for page state that changes within milliseconds (Playwright's default starts at 100 ms). */
export const quickly = { intervals: [20, 50, 100] };

/** Waits until the SDK has reported `count` events, then returns them. */
export async function eventsAfter(sdkPage: SdkPage, count: number) {
  await expect.poll(async () => (await sdkPage.events()).length, quickly).toBe(count);
  return sdkPage.events();
}

/** What the SDK's callback got for an error the hosted UI reported. */
export function errorEvent(code: number) {
  return { kind: 'complete', error: { code, message: expect.any(String) }, result: undefined };
}
