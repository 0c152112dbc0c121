import { readFile } from 'node:fs/promises';
import { appOrigin } from '../../src/shared/app-origin';
import { eventChannelNames, invokeChannelNames } from '../../src/shared/contract/channel-names';
import { expect, test } from './electron-fixture';

const contractAreas = [
  ...new Set([...invokeChannelNames, ...eventChannelNames].map((name) => name.split(':')[0])),
].sort();

test('the window opens on the app origin and app:info round-trips', async ({ appWindow }) => {
  await expect(appWindow.getByRole('heading', { name: 'PIN Desk' })).toBeVisible();
  expect(new URL(appWindow.url()).origin).toBe(appOrigin);
  const version = JSON.parse(await readFile('package.json', 'utf8')).version as string;
  await expect(appWindow.getByTestId('app-version')).toHaveText(version);
  expect(await appWindow.evaluate(() => window.pinDesk.app.info())).toMatchObject({ ok: true, value: { version } });
});

test('window.pinDesk has only the contract areas', async ({ appWindow }) => {
  expect(await appWindow.evaluate(() => Object.keys(window.pinDesk).sort())).toEqual(contractAreas);
});

test('the renderer cannot reach require or process', async ({ appWindow }) => {
  expect(
    await appWindow.evaluate(() => [
      typeof (globalThis as Record<string, unknown>).require,
      typeof (globalThis as Record<string, unknown>).process,
    ]),
  ).toEqual(['undefined', 'undefined']);
});

test('the window is sandboxed and isolated', async ({ electronApp }) => {
  const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
    const [first] = BrowserWindow.getAllWindows();
    if (!first) throw new Error('no window is open');
    // Undocumented in the typings, but present: the preferences the renderer was actually created with.
    const contents = first.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
    const prefs = contents.getLastWebPreferences() ?? {};
    return { sandbox: prefs.sandbox, contextIsolation: prefs.contextIsolation, nodeIntegration: prefs.nodeIntegration };
  });
  expect(preferences).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false });
});

test('requests to foreign hosts fail', async ({ appWindow }) => {
  expect(
    await appWindow.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
});

test("the application menu is the console's own, and choosing an item reaches the renderer", async ({
  electronApp,
  appWindow,
}) => {
  const menu = await electronApp.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((top) => ({
      label: top.label,
      accelerators: (top.submenu?.items ?? []).flatMap((item) => (item.accelerator ? [item.accelerator] : [])),
    })),
  );
  expect(menu.map((top) => top.label)).toEqual(
    process.platform === 'darwin' ? ['PIN Desk', 'Edit', 'View', 'Window', 'Help'] : ['Edit', 'View', 'Window', 'Help'],
  );
  expect(menu.flatMap((top) => top.accelerators)).toEqual(
    expect.arrayContaining([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+L',
      'CmdOrCtrl+Shift+N',
      'CmdOrCtrl+/',
    ]),
  );
  await appWindow.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { menuCommandsSeen: unknown[] }).menuCommandsSeen = seen;
    window.pinDesk.menu.onCommandChosen((payload) => seen.push(payload));
  });
  await electronApp.evaluate(({ Menu }) => {
    const items = (Menu.getApplicationMenu()?.items ?? []).flatMap((top) => top.submenu?.items ?? []);
    items.find((item) => item.label === 'Cases')?.click();
  });
  await expect
    .poll(() => appWindow.evaluate(() => (window as unknown as { menuCommandsSeen: unknown[] }).menuCommandsSeen))
    .toEqual([{ command: 'show-cases' }]);
  // The renderer acts on it.
  await expect(appWindow.getByRole('heading', { name: 'Cases' })).toBeVisible();
});
