// The customer's language as the tests drive and check it: the agent picks it, Circle's window is read against the
// language's own pack (the renderer's file, loaded as data), with what the web SDK handed Circle's page.
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';
import { handOversReceived } from './app-look-steps';
import { clickThatMayClose } from './closing-input';
import { hostedUi } from './console-steps';
import { sendAndAwaitAnswer } from './hosted-ui-answer';

/** A language pack as these tests read it (the renderer's LanguagePack type is checked by its own compiler run). */
export interface PackTexts {
  circleWindow: Record<string, Record<string, string>>;
  customerScreen: Record<string, string>;
  circleErrors: Record<string, string>;
}

const packsDir = resolve(import.meta.dirname, '../../../src/renderer/customer-language/packs');

export async function languagePack(tag: string): Promise<PackTexts> {
  return ((await import(join(packsDir, `${tag}.ts`))) as { pack: PackTexts }).pack;
}

/** A screen's headline as Circle's page composes it: `headline2` in place of the `{{…}}` placeholder. */
export function screenTitle(pack: PackTexts, section: string): string {
  const texts = pack.circleWindow[section] ?? {};
  return (texts.headline ?? '').replace(/\{\{[^{}]*\}\}/, texts.headline2 ?? '');
}

/** The agent picks the customer's language on the Customer view (by its English name). */
export async function pickCustomerLanguage(page: Page, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Customer’s language' });
  await select.selectOption({ label: name });
  await expect(select.locator('option:checked')).toHaveText(name);
}

/**
 * One of Circle's PIN screens in the pack's words (headline, subhead, step counter, button), then the customer types
 * `pin` into its one input (named by the headline, as Circle's page names it) and continues.
 */
export async function customerEntersOnScreen(
  page: Page,
  pack: PackTexts,
  section: string,
  pin: string,
  progress: string,
): Promise<void> {
  const frame = hostedUi(page);
  const title = screenTitle(pack, section);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(frame.locator('#screen-intro')).toHaveText(pack.circleWindow[section]?.subhead ?? '');
  await expect(frame.locator('.progress')).toHaveText(progress);
  await frame.getByRole('textbox', { name: title, exact: true }).fill(pin);
  const next = pack.circleWindow.common?.continue ?? '';
  await sendAndAwaitAnswer(frame, () =>
    clickThatMayClose(page, frame.getByRole('button', { name: next, exact: true })),
  );
}

/** The `localizations` of every hand-over Circle's page received so far (recorded by app-look-steps.ts). */
export async function localizationsHandedOver(page: Page): Promise<unknown[]> {
  return (await handOversReceived(page)).map(
    (customizations) => (customizations as { localizations?: unknown } | null)?.localizations ?? null,
  );
}
