// Main's services as the test bed starts them: the app's own startMainServices with the Electron-only ports played
// by recorders (clipboard, save dialog, system browser, yes/no dialog) and a fresh in-memory settings store.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { testScryptCost } from '../../src/emulator';
import { type MainServices, type MainServicesOptions, startMainServices } from '../../src/main/main-services';
import { memorySettings } from '../../src/main/settings/settings-port';
import type { ScriptedConfirm } from '../support/scripted-confirm';
import { sharedTokenSigningKeyPem } from '../support/shared-token-signing-key';
import type { TestBedOptions } from './test-bed';

const projectRoot = resolve(import.meta.dirname, '../..');

function readVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export function startTestBedServices(
  userDataDir: string,
  options: TestBedOptions,
  records: {
    mainLog: string[];
    clipboardText: string[];
    openedExternally: string[];
    confirmations: ScriptedConfirm;
    customerScreen: MainServicesOptions['customerScreen'];
    circleWaits: number[];
  },
  publish: (channel: string, payload: unknown) => void,
): Promise<MainServices> {
  const { mainLog, clipboardText, openedExternally, confirmations, customerScreen, circleWaits } = records;
  return startMainServices({
    userDataDir,
    version: readVersion(),
    platform: process.platform,
    publish,
    log: { warn: (message) => mainLog.push(message) },
    // A fresh settings store per run; no OS secret store, so keys are kept for the session only (as on Linux
    // without a keyring).
    settings: memorySettings(),
    safeStorage: null,
    // As if the agent picked a file in the save dialog each time; the clipboard is recorded for the tests.
    saveFile: {
      save: async (name, content) => {
        const path = join(userDataDir, 'exports', name);
        await mkdir(join(userDataDir, 'exports'), { recursive: true });
        await writeFile(path, content, 'utf8');
        return { saved: true, path };
      },
    },
    clipboard: {
      writeText: (text) => {
        clipboardText.push(text);
      },
    },
    confirm: confirmations,
    customerScreen,
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    // Seeding hashes PINs and answers; the test bed uses the emulator's cheap test cost so every run starts fast.
    emulatorOptions: {
      secretHashCost: testScryptCost,
      // One token key per Playwright worker: the key is not what these tests test (shared-token-signing-key.ts).
      tokenSigningKeyPem: sharedTokenSigningKeyPem(),
      ...(options.challengeLifetimeSeconds ? { challengeLifetimeSeconds: options.challengeLifetimeSeconds } : {}),
    },
    // Main's waits before retrying a 429 are recorded and pass at once, for the tests that ask.
    ...(options.recordCircleWaits
      ? {
          circleRetrySleep: async (ms: number) => {
            circleWaits.push(ms);
          },
        }
      : {}),
    ...(options.watchIntervals ? { watchIntervals: options.watchIntervals } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
}

/** As an agent would: the key saved for Circle testnet at its default base URL, then that environment chosen. */
export async function selectCircleTestnet(services: MainServices, apiKey: string): Promise<void> {
  await services.handlers['settings:setApiKey']({ environment: 'circle-testnet', apiKey });
  await services.handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
}
