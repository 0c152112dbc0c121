// The customer's language as the tests drive and check it: the agent picks it, Circle's window is read against the
// language's own pack (the renderer's file, loaded as data), and what the web SDK handed Circle's page is recorded.
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';
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

/**
 * Records, inside Circle's frame, the `localizations` the web SDK handed its page (the `onFrameReady` answer); only
 * that field, never the session the same message carries.
 */
export async function recordHandedOverLocalizations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (location.origin !== 'https://pw-auth.circle.com') return;
    window.addEventListener('message', (event: MessageEvent) => {
      const handOver = (event.data as { w3s?: { customizations?: { localizations?: unknown } } } | null)?.w3s;
      if (!handOver?.customizations) return;
      const recorded = window as unknown as { handedOverLocalizations?: unknown[] };
      recorded.handedOverLocalizations ??= [];
      recorded.handedOverLocalizations.push(handOver.customizations.localizations ?? null);
    });
  });
}

/** Every `localizations` handed to Circle's page in `page`'s frame so far. */
export async function handedOverLocalizations(page: Page): Promise<unknown[]> {
  const frame = page.frames().find((candidate) => candidate.url().startsWith('https://pw-auth.circle.com/'));
  if (!frame) throw new Error('Circle’s frame is not in the page');
  return frame.evaluate(
    () => (window as unknown as { handedOverLocalizations?: unknown[] }).handedOverLocalizations ?? [],
  );
}
