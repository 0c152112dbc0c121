// Settings → Circle's window: the preview beside the settings is the emulator's hosted page with the saved look — the
// app's colours on its PIN screens and the app's questions on its set-up — and it makes no challenge for anyone.
import { addColour, pasteQuestions, questionsForm, saveLook } from '../../support/browser/app-look-steps';
import { chooseEnvironment, openSettings } from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';

test('the preview shows the saved colours and questions on the emulator’s page, and touches no challenge', async ({
  testBed,
  pageProblems,
}) => {
  const { page, emulator } = testBed;
  const challengesBefore = emulator.exportState().challenges.length;
  await openSettings(page);
  await pasteQuestions(page, [
    { question: 'Your first car?', type: 'TEXT' },
    { question: 'Your first school?', type: 'TEXT' },
  ]);
  await expect(questionsForm(page).getByText('Saved: your app’s questions.')).toBeVisible();
  await addColour(page, 'mainBtnBg', '#7c2d12');
  await saveLook(page);

  // Loaded only when asked for: opening Settings loads no pw-auth.circle.com frame by itself.
  await expect(page.locator('iframe[title="Preview of Circle’s window"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show preview' }).click();
  const preview = page.frameLocator('iframe[title="Preview of Circle’s window"]');
  const continueButton = preview.getByRole('button', { name: 'Continue', exact: true });
  await expect(continueButton).toHaveCSS('background-color', 'rgb(124, 45, 18)');
  // The preview never takes the keyboard from the settings the agent is in (Circle's window focuses its first field
  // as it renders it; the preview's does not until the agent is in it).
  await expect(preview.getByLabel('New PIN', { exact: true })).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
  await preview.getByLabel('New PIN', { exact: true }).fill('246810');
  await continueButton.click();
  await preview.getByLabel('Confirm new PIN', { exact: true }).fill('246810');
  await continueButton.click();
  await continueButton.click();
  await expect(preview.getByLabel('Security question 1').locator('option')).toHaveText([
    /./,
    'Your first car?',
    'Your first school?',
  ]);
  expect(emulator.exportState().challenges.length).toBe(challengesBefore);

  // Another environment's look is previewed on the same emulator page while an emulator is in use.
  await chooseEnvironment(page, 'Circle testnet');
  await page.getByRole('button', { name: 'Show preview' }).click();
  await expect(page.locator('iframe[title="Preview of Circle’s window"]')).toBeVisible();
  expect(pageProblems.errors).toEqual([]);
});

test('the preview stands beside the settings at 1024×700 and at 1440×900, the colour rows inside their column', async ({
  testBed,
}) => {
  const { page } = testBed;
  await openSettings(page);
  await addColour(page, 'mainBtnBg', '#7c2d12');
  await page.getByRole('button', { name: 'Show preview' }).click();
  const colourRow = page.locator('.keyed-row').first();
  const colours = page.getByRole('group', { name: 'Colours' });
  const preview = page.locator('.look-preview-viewport');
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await expect(preview).toBeVisible();
    const [form, row, shown] = await Promise.all([
      colours.boundingBox(),
      colourRow.boundingBox(),
      preview.boundingBox(),
    ]);
    if (!form || !row || !shown) throw new Error('the colours, a colour row and the preview are all on screen');
    expect(shown.x, `beside at ${size.width}`).toBeGreaterThanOrEqual(form.x + form.width);
    expect(Math.abs(shown.y - form.y), `level with the settings at ${size.width}`).toBeLessThan(120);
    expect(row.x + row.width, `row inside its group at ${size.width}`).toBeLessThanOrEqual(form.x + form.width);
  }
});
