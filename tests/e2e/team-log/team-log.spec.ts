// Settings → Team case log, Cases → Team and the lookup's warning, in the test bed against a real PostgreSQL that
// this file starts: the agent connects (each problem said in words, nothing typed lost), then sees the team.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openCasesView } from '../../support/browser/cases-steps';
import { cancelCase, customerLeaves, lookUp, startReset } from '../../support/browser/console-steps';
import { openSettings } from '../../support/browser/settings-steps';
import { waitFor } from '../../support/eventually';
import { type PostgresServer, startPostgres } from '../../support/postgres-server';
import { addDesk, migrateAsOwner, roleConfig, type TeamRole } from '../../support/team-database';
import { type DeskUnderTest, startDesk, writeCase } from '../../support/team-desk';
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

  // Overview reads the team's log while it is on, and says so: Porto-1's cases are counted here.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('radio', { name: 'Overview' }).check();
  await expect(page.locator('#overview-source')).toContainText("From the team's case log");
  const people = page.getByRole('region', { name: 'Per agent and desk' });
  await people.getByRole('button', { name: 'Show as table' }).click();
  await expect(people.getByRole('table')).toContainText('Porto-1');
  await page.getByRole('radio', { name: 'List' }).check();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  await lookUp(page, 'user-knows-pin');
  await expect(page.getByTestId('open-elsewhere')).toContainText(/Open at desk Porto-1 since \d\d:\d\d, agent Ana/);
});

test.describe('a desk with cases from before, and a database that goes away', () => {
  test.use({
    testBedOptions: {
      // A case from an earlier shift, one of its entries a time the database will refuse.
      prepareUserData: async (userDataDir) => {
        const cases = join(userDataDir, 'case-log', 'cases');
        await mkdir(cases, { recursive: true, mode: 0o700 });
        const facts = {
          environment: 'local-emulator',
          userId: 'user-earlier',
          flow: 'reset',
          agentName: 'Rui',
          ticketRef: 'ZD-1',
          note: null,
        };
        const lines = [
          { type: 'case-opened', at: '2026-12-03T09:00:00.000Z', facts },
          { type: 'note', at: 'yesterday morning', text: 'typed by hand into the log' },
          { type: 'case-closed', at: '2026-12-03T09:05:00.000Z', outcome: { kind: 'COMPLETE' } },
        ];
        await writeFile(join(cases, 'earlier-1.jsonl'), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
      },
    },
  });

  test('the backfill sends the earlier case and sets aside what the database refuses; Cases says how far behind the desk is while the database is down', async ({
    testBed,
  }) => {
    test.setTimeout(90_000);
    const { page } = testBed;
    await openSettings(page);
    const section = page.getByRole('region', { name: 'Team case log' });
    await fillConnection(page, lisbon.password);
    await section.getByRole('button', { name: 'Save team log' }).click();
    await expect(section.getByTestId('team-log-answer')).toContainText('Saved');
    await expect(page.getByTestId('team-log-set-aside')).toContainText(
      'Lisbon-3/earlier-1/2: invalid input syntax for type timestamp with time zone',
      { timeout: 15_000 },
    );
    const sent = await server.sql(
      "SELECT seq FROM team_case_entry WHERE desk = 'Lisbon-3' AND case_id = 'earlier-1' ORDER BY seq",
    );
    expect(sent.rows.map((row) => row.seq)).toEqual([1, 3]);

    await server.stop();
    try {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
      // A case while the database is down: opened, the customer leaves Circle's window, the agent cancels.
      await startReset(page, 'user-knows-pin');
      await customerLeaves(page, 'Cancel');
      await cancelCase(page);
      await openCasesView(page);
      await expect(page.getByTestId('team-log-behind')).toContainText(
        /^\d+ entr(y|ies) not yet in the team log; last try \d\d:\d\d: The team database at 127\.0\.0\.1:\d+ cannot be reached \(connection refused\)\.$/,
        { timeout: 15_000 },
      );
    } finally {
      await server.start();
    }
    // The desk catches up by itself: the line goes once every entry is in the table.
    await expect(page.getByTestId('team-log-behind')).toHaveCount(0, { timeout: 45_000 });
    const reset = await server.sql(
      "SELECT count(*)::int AS n FROM team_case WHERE desk = 'Lisbon-3' AND user_id = 'user-knows-pin'",
    );
    expect(reset.rows[0].n).toBe(1);
  });
});
