// Circle testnet on the real shell, against the Circle-shaped emulator: the console configured as a user configures
// Circle, Circle's window loaded by Electron's own network stack under Circle's host names (no https handler of ours
// registered), a PIN reset to COMPLETE. Runs wherever an Electron binary exists.
//
// Everything that points Circle's hosts at the emulator is on this test launch's command line, never in the app:
// the emulator's printed switches (host-resolver rules, SPKI hash, a user-data folder); Local Network Access checks
// off, since the emulator answers on loopback and Chromium may count the app's handler-served document as public
// (real Circle is public: the checks never apply there); and, in case Electron's net.fetch does not honour the SPKI
// switch, the throwaway certificate trusted by setCertificateVerifyProc for those three hosts only.
import { testScryptCost } from '../../src/emulator';
import { circleShapedHosts } from '../../src/emulator/circle-hosts/circle-host-names';
import {
  type CircleShapedEmulator,
  startCircleShapedEmulator,
} from '../../src/emulator/circle-hosts/circle-shaped-emulator';
import { mainCallsPartition } from '../../src/main/session/main-calls-session';
import { customerChangesPin, expectStatus, seededPin, startReset } from '../support/browser/console-steps';
import { chooseEnvironment, saveConnection, switchTo } from '../support/browser/settings-steps';
import { test as base, expect } from './electron-fixture';

const test = base.extend<{ circleShaped: CircleShapedEmulator }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form for fixtures.
  circleShaped: async ({}, use) => {
    const shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
    await use(shaped);
    await shaped.emulator.close();
  },
  electronLaunch: async ({ circleShaped }, use) => {
    await use({
      switches: (userDataDir) => [
        ...circleShaped.switches(userDataDir),
        '--disable-features=LocalNetworkAccessChecks,LocalNetworkAccessChecksWebSockets',
      ],
      prepare: (app) =>
        app.evaluate(
          ({ session }, trusted) => {
            // The windows' session (Circle's page) and main's own (main's Circle calls): each verifies on its own.
            for (const each of [session.defaultSession, session.fromPartition(trusted.mainCallsPartition)]) {
              each.setCertificateVerifyProc((request, callback) => {
                const ours =
                  trusted.hosts.includes(request.hostname) && request.certificate.data.trim() === trusted.pem;
                callback(ours ? 0 : -3);
              });
            }
          },
          {
            hosts: [...circleShapedHosts] as string[],
            pem: circleShaped.certificate.cert.trim(),
            mainCallsPartition,
          },
        ),
    });
  },
});

test('a PIN reset on Circle testnet completes with Circle’s window loaded by Electron itself', async ({
  appWindow,
  circleShaped,
}) => {
  const views = appWindow.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Settings' }).click();
  await chooseEnvironment(appWindow, 'Circle testnet');
  await expect(appWindow.getByLabel('Base URL')).toHaveValue('https://api.circle.com');
  await appWindow.getByLabel('API key').fill(circleShaped.emulator.apiKey);
  await saveConnection(appWindow);
  await expect(appWindow.getByTestId('key-status')).toContainText('Key ending');
  await switchTo(appWindow, 'Circle testnet');

  await views.getByRole('button', { name: 'Customer' }).click();
  await startReset(appWindow, 'user-knows-pin');
  await customerChangesPin(appWindow, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');

  await views.getByRole('button', { name: 'Settings' }).click();
  const hosts = appWindow.getByRole('list', { name: 'Hosts Circle’s window loaded' });
  for (const host of circleShapedHosts) await expect(hosts).toContainText(host);
});
