// Main's real services on a fresh embedded emulator in a temporary user-data folder, as unit tests start them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testScryptCost } from '../../src/emulator';
import { AgentFailure } from '../../src/main/failures/agent-failure';
import { type MainServices, type MainServicesOptions, startMainServices } from '../../src/main/main-services';
import { memorySettings } from '../../src/main/settings/settings-port';
import { type FakeCustomerWindow, type FakeDisplays, fakeCustomerWindow, fakeDisplays } from './fake-customer-screen';
import { rejectionOf } from './rejections';
import { type ScriptedConfirm, scriptedConfirm } from './scripted-confirm';
import { sharedTokenSigningKeyPem } from './shared-token-signing-key';

export interface ServicesUnderTest {
  services: MainServices;
  userDataDir: string;
  /** What main put on the clipboard, and what it exported (as if the agent chose a path each time). */
  clipboard: string[];
  exports: { name: string; content: string }[];
  /** What main opened in the system browser. */
  openedExternally: string[];
  settings: ReturnType<typeof memorySettings>;
  /** Main's yes/no dialog: push answers before the call that asks; unanswered questions get no. */
  confirmations: ScriptedConfirm;
  /** The customer screen's edges: two displays, and a window that records where it went. */
  customerWindow: FakeCustomerWindow;
  displays: FakeDisplays;
  stop(): Promise<void>;
}

export async function startServicesUnderTest(
  overrides: Partial<MainServicesOptions> & {
    challengeLifetimeSeconds?: number;
    customerScreenEndedCaseShownMs?: number;
  } = {},
): Promise<ServicesUnderTest> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-services-'));
  const settings = memorySettings();
  const clipboard: string[] = [];
  const exports: { name: string; content: string }[] = [];
  const openedExternally: string[] = [];
  const confirmations = scriptedConfirm();
  const customerWindow = fakeCustomerWindow();
  const displays = fakeDisplays();
  const { challengeLifetimeSeconds, customerScreenEndedCaseShownMs, ...options } = overrides;
  const services = await startMainServices({
    userDataDir,
    version: '0.0.0-test',
    platform: 'linux',
    publish: () => {},
    log: { warn: () => {} },
    settings,
    safeStorage: null,
    saveFile: {
      save: async (name, content) => {
        exports.push({ name, content });
        return { saved: true, path: name };
      },
    },
    clipboard: {
      writeText: (text) => {
        clipboard.push(text);
      },
    },
    confirm: confirmations,
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    customerScreen: {
      window: customerWindow,
      displays,
      ...(customerScreenEndedCaseShownMs ? { endedCaseShownMs: customerScreenEndedCaseShownMs } : {}),
    },
    emulatorOptions: {
      secretHashCost: testScryptCost,
      tokenSigningKeyPem: sharedTokenSigningKeyPem(),
      ...(challengeLifetimeSeconds ? { challengeLifetimeSeconds } : {}),
    },
    watchIntervals: { firstMs: 20, maxMs: 60, factor: 1.5 },
    ...options,
  });
  return {
    services,
    userDataDir,
    clipboard,
    exports,
    openedExternally,
    settings,
    confirmations,
    customerWindow,
    displays,
    stop: async () => {
      await services.close();
      // A hostile call a test fired without waiting may still be writing its case file as the folder goes (seen once
      // under load: ENOTEMPTY); Node's rm retries exactly that.
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}

/** The AgentFailure a handler refused with (fails the test if it succeeded or threw something else). */
export const refusalOf = (pending: unknown): Promise<AgentFailure> => rejectionOf(pending, AgentFailure);
