// Issue 24 §4 and §9: the agent's screen by default (no request paths, no developer tools, no Circle's raw words —
// those fold away under Details), and a Customer view that uses its width and passes axe in light and dark.
import type { Page } from '@playwright/test';
import {
  answer,
  customerChangesPin,
  customerLeaves,
  expectStatus,
  lookUp,
  seededPin,
  showDeveloperDetails,
} from '../../support/browser/console-steps';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { seriousViolations } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

/** Circle's words and a developer's, none of which the agent should read. */
const notForTheAgent = [
  '/v1/w3s',
  'idempotency',
  'Execute a challenge',
  'Reset emulator',
  'Developer details',
  'App ID',
  'ENABLED',
  'LOCKED',
  'PENDING',
  'IN_PROGRESS',
  'COMPLETE',
  'CHANGE_PIN',
  'Circle code',
];

/** What the agent can read: the rendered text, which leaves out what is folded under Details. */
async function shownText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (closed Details hide theirs).
  return page.locator('.view-slot').innerText();
}

async function expectAgentWordsOnly(page: Page, state: string): Promise<void> {
  const shown = await shownText(page);
  for (const word of notForTheAgent) expect(shown, `${state}: ${word}`).not.toContain(word);
}

test('off by default on the local emulator: plain words, pills and local times; Circle’s words under Details', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await lookUp(page, 'user-pin-locked');
  await expect(page.getByTestId('pin-status')).toHaveText(/^Locked until ([A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d{2}/);
  await expect(page.getByTestId('pin-status')).toHaveClass(/pill-bad/);
  await expect(page.locator('.lookup-panel')).toContainText(/in \d+ min/);
  await expectAgentWordsOnly(page, 'a locked PIN looked up');

  await challengeMadeElsewhere(emulator, 'user-knows-pin');
  await lookUp(page, 'user-knows-pin');
  await expect(page.getByTestId('open-challenge')).toContainText('PIN change');
  await expect(page.getByTestId('open-challenge')).toContainText('Not opened yet');
  await expectAgentWordsOnly(page, 'an open challenge');

  await answer(page, 'Yes', 'Yes');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expectAgentWordsOnly(page, 'a completed reset');

  // Circle's words are a click away, under Details.
  const caseDetails = page.locator('.case-panel details');
  await caseDetails.getByText('Details').click();
  await expect(caseDetails).toContainText('COMPLETE');
  await expect(caseDetails.getByTestId('challenge-id')).toBeVisible();

  // A developer turns them on in Settings: requests, codes and the tools come back, Details open by themselves.
  await showDeveloperDetails(page, true);
  await expect(page.getByRole('region', { name: 'Developer details' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Execute a challenge' })).toBeVisible();
  expect(await shownText(page)).toContain('/v1/w3s');
  await expect(page.locator('.lookup-panel details')).toHaveAttribute('open', '');
});

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

test('at 1440×900 the lookup, the path and the case stand side by side, with no empty column', async ({ testBed }) => {
  const { page } = testBed;
  await page.setViewportSize({ width: 1440, height: 900 });
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  const lookup = await box(page, '.lookup-panel');
  const questions = await box(page, '.questions');
  const script = await box(page, '[data-testid="recommendation"]');
  expect(lookup.x + lookup.width).toBeLessThanOrEqual(questions.x);
  expect(questions.x + questions.width).toBeLessThanOrEqual(script.x);
  // The last column reaches the window's right edge (less the page's margin): nothing empty beside it.
  expect(script.x + script.width).toBeGreaterThan(1440 - 40);

  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await customerLeaves(page, 'Cancel');
  const guidance = await box(page, '.case-panel .guidance');
  const steps = await box(page, '.step-rail');
  expect(lookup.x + lookup.width).toBeLessThanOrEqual(guidance.x);
  expect(guidance.x + guidance.width).toBeLessThanOrEqual(steps.x);
  expect(steps.x + steps.width).toBeGreaterThan(1440 - 60);
  for (const shown of [
    page.getByTestId('recommendation'),
    page.locator('.case-panel .guidance'),
    page.locator('.step-rail'),
  ]) {
    await expect(shown).toBeInViewport({ ratio: 1 });
  }
});

test('at 1024×700 the lookup, the recommendation and the primary start fit without scrolling', async ({ testBed }) => {
  const { page } = testBed;
  await page.setViewportSize({ width: 1024, height: 700 });
  for (const [userId, knowsPin, remembers, start] of [
    ['user-knows-pin', 'Yes', 'Yes', 'Start PIN reset'],
    ['user-pin-locked', 'Yes', 'Yes', 'Start account recovery'],
  ] as const) {
    await lookUp(page, userId);
    await answer(page, knowsPin, remembers);
    for (const shown of [
      page.getByRole('heading', { name: `Customer ${userId}` }),
      page.getByTestId('security-question-status'),
      page.getByTestId('recommendation'),
      page.getByRole('button', { name: start }),
    ]) {
      await expect(shown).toBeInViewport({ ratio: 1 });
    }
  }
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
});

test('axe finds nothing serious in light or dark: a failed lookup, a running case, a cancel question', async ({
  testBed,
}) => {
  const { page } = testBed;
  const inBothSchemes = async (state: string) => {
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${state}, ${colorScheme}`).toEqual([]);
    }
  };
  await lookUp(page, 'nobody-here-42');
  await expect(page.getByRole('alert')).toBeVisible();
  await inBothSchemes('a failed lookup');
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await customerLeaves(page, 'Cancel');
  await page.getByRole('button', { name: 'Cancel case' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.locator('.case-panel details summary').click();
  await inBothSchemes('a case whose window the customer closed, with the cancel question and Details open');
});
