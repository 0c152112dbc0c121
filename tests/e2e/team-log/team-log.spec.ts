// Settings → Team case log, Cases → Team and the lookup's warning, in the test bed against a real PostgreSQL that
// this file starts: the agent connects (each problem said in words, nothing typed lost), then sees the team.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openCasesView } from '../../support/browser/cases-steps';
import { lookUp } from '../../support/browser/console-steps';
import { openSettings } from '../../support/browser/settings-steps';
import { type PostgresServer, startPostgres } from '../../support/postgres-server';
import { addDesk, migrateAsOwner, roleConfig, type TeamRole } from '../../support/team-database';
import { type DeskUnderTest, startDesk, waitFor, writeCase } from '../../support/team-desk';
import { expect, test } from '../test-bed-fixture';

let server: PostgresServer;
let lisbon: TeamRole;
let porto: DeskUnderTest;
let portoDir: string;

test.beforeAll(async () => {
  server = await startPostgres();
  await migrateAsOwner(server);
  lisbon = await addDesk(server, 'desk_lisbon_3', 'Lisbon-3');
  const portoRole = await addDesk(server, 'desk_porto_1', 'Porto-1');
  portoDir = await mkdtemp(join(tmpdir(), 'pin-desk-porto-'));
  porto = await startDesk({ dir: portoDir, desk: 'Porto-1', config: roleConfig(server, portoRole) });
  await writeCase(porto.store, 'porto-done', 1, 'user-from-porto');
  await porto.store.openCase({
    caseId: 'porto-open',
    startedAt: new Date().toISOString(),
    environment: 'local-emulator',
    userId: 'user-knows-pin',
    flow: 'reset',
    agentName: 'Ana',
    ticketRef: 'ZD-4242',
    note: null,
  });
  await waitFor(async () => (await porto.replicator.status()).pending === 0);
});

test.afterAll(async () => {
  await porto?.replicator.stop();
  await server?.destroy();
  if (portoDir) await rm(portoDir, { recursive: true, force: true });
});

async function fillConnection(page: Page, password: string) {
  await page.getByLabel('Send this desk’s cases to the team case log').check();
  await page.getByLabel('Host', { exact: true }).fill('127.0.0.1');
  await page.getByLabel('Port', { exact: true }).fill(String(server.port));
  await page.getByLabel('Database', { exact: true }).fill('postgres');
  await page.getByLabel('Database user').fill(lisbon.user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('This desk’s name').fill('Lisbon-3');
}

test('the agent connects the desk to the team log, sees the team’s cases, and is warned of another desk’s open case', async ({
  testBed,
}) => {
  const { page } = testBed;
  await openSettings(page);
  const section = page.getByRole('region', { name: 'Team case log' });
  await fillConnection(page, 'wrong password');
  await section.getByLabel('Port', { exact: true }).fill('not a port');
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(section.locator('#team-log-port-problem')).toContainText('1 to 65535');
  await expect(section.getByLabel('Port', { exact: true })).toHaveValue('not a port');

  await section.getByLabel('Port', { exact: true }).fill(String(server.port));
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(section.getByTestId('team-log-answer')).toContainText(`The team database refused ${lisbon.user}`);
  // Everything typed is still there, the password included.
  await expect(section.getByLabel('Password', { exact: true })).toHaveValue('wrong password');
  await expect(section.getByLabel('Host', { exact: true })).toHaveValue('127.0.0.1');

  await section.getByLabel('Password', { exact: true }).fill(lisbon.password);
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(section.getByTestId('team-log-answer')).toContainText('The team log is ready.');
  await section.getByRole('button', { name: 'Save team log' }).click();
  await expect(section.getByTestId('team-log-answer')).toContainText('Saved');
  await expect(section.getByTestId('team-log-password-status')).toContainText('Password saved');
  // The password went to main once: the window never gets it back.
  await expect(section.getByLabel('Password', { exact: true })).toHaveValue('');

  await openCasesView(page);
  await page.getByRole('radio', { name: 'Team' }).check();
  const team = page.getByTestId('team-cases');
  await expect(team.getByRole('row')).toHaveCount(3);
  await expect(team).toContainText('Porto-1');
  await page.getByRole('searchbox', { name: 'Search' }).fill('zd-4242');
  await expect(team.getByRole('row')).toHaveCount(2);
  await expect(team).toContainText('user-knows-pin');
  await page.getByRole('radio', { name: 'This desk' }).check();
  await expect(team).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  await lookUp(page, 'user-knows-pin');
  await expect(page.getByTestId('open-elsewhere')).toContainText(/Open at desk Porto-1 since \d\d:\d\d, agent Ana/);
});
