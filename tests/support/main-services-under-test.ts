// Main's real services on a fresh embedded emulator in a temporary user-data folder, as unit tests start them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { testScryptCost } from '../../src/emulator';
import { HandlerFailure } from '../../src/main/ipc/handler-failure';
import { type MainServices, type MainServicesOptions, startMainServices } from '../../src/main/main-services';
import { memorySettings } from '../../src/main/settings/settings-port';

export interface ServicesUnderTest {
  services: MainServices;
  userDataDir: string;
  settings: ReturnType<typeof memorySettings>;
  stop(): Promise<void>;
}

export async function startServicesUnderTest(
  overrides: Partial<MainServicesOptions> & { challengeLifetimeSeconds?: number } = {},
): Promise<ServicesUnderTest> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-services-'));
  const settings = memorySettings();
  const { challengeLifetimeSeconds, ...options } = overrides;
  const services = await startMainServices({
    userDataDir,
    version: '0.0.0-test',
    platform: 'linux',
    publish: () => {},
    log: { warn: () => {} },
    settings,
    safeStorage: null,
    emulatorOptions: {
      secretHashCost: testScryptCost,
      ...(challengeLifetimeSeconds ? { challengeLifetimeSeconds } : {}),
    },
    watchIntervals: { firstMs: 20, maxMs: 60, factor: 1.5 },
    ...options,
  });
  return {
    services,
    userDataDir,
    settings,
    stop: async () => {
      await services.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The HandlerFailure a handler refused with (fails the test if it succeeded or threw something else). */
export async function refusalOf(pending: unknown): Promise<HandlerFailure> {
  const error = await Promise.resolve(pending).then(
    () => {
      throw new Error('expected a refusal');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HandlerFailure);
  return error as HandlerFailure;
}
