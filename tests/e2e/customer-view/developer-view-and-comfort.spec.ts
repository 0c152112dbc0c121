// Issue 15 §5, §6, §8 and issue 16 §4: developer details out of the agent's way, notes and copies during the call,
// dark mode, a compact layout and the shortcuts.
import type { Page } from '@playwright/test';
import {
  answer,
  customerChangesPin,
  expectStatus,
  lookUp,
  seededPin,
  showDeveloperDetails,
  startReset,
} from '../../support/browser/console-steps';
import { seriousViolations } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

const developerWords = ['Reset emulator', 'App ID', '/v1/w3s', 'idempotency', 'verified notification'];

/** What the agent can read in the Customer view (not what is folded away under Details). */
async function customerViewText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (closed Details hide theirs).
  return page.locator('.view-slot').innerText();
}

test('developer details: off by default on the emulator too, shown once turned on, never before User ID in tab order', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await expect(page.getByLabel('User ID', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Developer details' })).toHaveCount(0);
  await showDeveloperDetails(page, true);
  await expect(page.getByRole('region', { name: 'Developer details' })).toBeVisible();
  await expect(page.getByTestId('emulator-address')).toHaveText(emulator.baseUrl);
  // Tab from the top: the views, then User ID, before anything of the developer kind.
  await page.locator('body').focus();
  const userId = page.getByLabel('User ID', { exact: true });
  for (let press = 0; press < 8 && !(await userId.evaluate((input) => input === document.activeElement)); press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('.developer-panel') !== null);
    expect(focused).toBe(false);
  }
  await expect(userId).toBeFocused();

  await showDeveloperDetails(page, false);
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  const shown = await customerViewText(page);
  for (const word of developerWords) expect(shown, word).not.toContain(word);
  await expect(page.getByRole('list', { name: 'Reset steps' })).toContainText('Account check');
  await expect(page.getByRole('list', { name: 'Reset steps' })).toContainText('Secure session');

  // The evidence keeps everything whatever the view shows.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('button', { name: /^Open case for user-knows-pin/ }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Status COMPLETE (from');

  await showDeveloperDetails(page, true);
  await expect(page.getByTestId('app-id')).toBeVisible();
  expect(await customerViewText(page)).toContain('/v1/w3s');
});

test('the embedded emulator for a developer: its control page opens through main, its key on request', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await showDeveloperDetails(page, true);
  const panel = page.getByRole('region', { name: 'Developer details' });
  await panel.getByRole('button', { name: 'Open emulator control page' }).click();
  await expect(panel).toContainText(`Opened ${emulator.baseUrl}/`);
  expect(testBed.openedExternally).toEqual([`${emulator.baseUrl}/`]);
  await expect(page.getByTestId('emulator-key')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show key' }).click();
  await expect(page.getByTestId('emulator-key')).toHaveText(emulator.apiKey);

  // Reset emulator always asks, and says when it is done.
  await panel.getByRole('button', { name: 'Reset emulator' }).click();
  await page
    .getByRole('alertdialog', { name: /Reset the emulator\?/ })
    .getByRole('button', { name: 'Reset now' })
    .click();
  await expect(panel).toContainText('Emulator reset: the seeded users are back.');
});

test('ticket and note are saved as typed beside the live case; IDs are copied through main', async ({ testBed }) => {
  const { page } = testBed;
  await lookUp(page, 'user-knows-pin');
  await page.getByRole('button', { name: 'Copy user ID' }).click();
  await expect(page.locator('.lookup-panel')).toContainText('Copied.');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  const challengeId = (await page.getByTestId('challenge-id').textContent()) ?? '';
  await page.getByRole('button', { name: 'Copy challenge ID' }).click();
  await expect(page.locator('.case-ids')).toContainText('Copied.');
  expect(testBed.clipboard).toEqual(['user-knows-pin', challengeId]);

  const notes = page.locator('.case-notes');
  await notes.getByLabel('Ticket reference').fill('SUP-77');
  await notes.getByLabel('Note').fill('Customer at the desk.');
  await expect(page.getByTestId('notes-saved')).toHaveText('Saved.');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'user-knows-pin' })).toBeVisible();
  await page.getByRole('button', { name: /^Open case for user-knows-pin/ }).click();
  await expect(page.getByRole('article').getByLabel('Ticket reference')).toHaveValue('SUP-77');
  await expect(page.getByRole('article').getByLabel('Note')).toHaveValue('Customer at the desk.');
});

test('at 1024×700 the lookup, the recommendation and the start buttons are on screen together', async ({ testBed }) => {
  const { page } = testBed;
  await page.setViewportSize({ width: 1024, height: 700 });
  await lookUp(page, 'user-pin-locked');
  await answer(page, 'Yes', 'Yes');
  for (const shown of [
    page.getByRole('heading', { name: 'Customer user-pin-locked' }),
    page.getByTestId('pin-status'),
    page.getByTestId('recommendation'),
    page.getByRole('button', { name: 'Start PIN reset' }),
    page.getByRole('button', { name: 'Start account recovery' }),
  ]) {
    await expect(shown).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('dark mode and light mode both pass axe with no serious or critical violations, in each kind of state', async ({
  testBed,
}) => {
  const { page } = testBed;
  const inBothSchemes = async (state: string, schemes: readonly ('dark' | 'light')[] = ['dark', 'light']) => {
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${state}, ${colorScheme}`).toEqual([]);
    }
  };
  await lookUp(page, 'user-pin-locked');
  await answer(page, 'Yes', 'No');
  await inBothSchemes('a lookup with a lock and a wait');
  await startReset(page, 'nobody-by-this-id');
  await expect(page.getByRole('alert')).toBeVisible();
  await inBothSchemes('a start refused (failure)');
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await inBothSchemes('a completed reset (success)');
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // Settings in light mode is scanned in views-accessibility.spec.ts.
  await inBothSchemes('Settings', ['dark']);
});

test('keyboard shortcuts and the application menu’s commands do the same', async ({ testBed }) => {
  const { page } = testBed;
  await page.getByLabel('User ID', { exact: true }).focus();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByLabel('User ID', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+/');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Ctrl/Cmd+Shift+N');
  await expect(help).toContainText('New customer');
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);

  // The packaged app's menu sends menu:commandChosen; main's event reaches the same commands.
  await testBed.emit('menu:commandChosen', { command: 'show-settings' });
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await testBed.emit('menu:commandChosen', { command: 'focus-user-id' });
  await expect(page.getByLabel('User ID', { exact: true })).toBeFocused();
});
