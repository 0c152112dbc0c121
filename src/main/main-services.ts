import type { EmulatorOptions } from '../emulator';
import type { EventChannel } from '../shared/contract/channel-names';
import type { PayloadOf } from '../shared/contract/ipc-contract';
import { readAppInfo } from './app-info/app-info';
import { CaseRegistry } from './cases/case-registry';
import { ChallengeWatcher, type WatchIntervals } from './challenge-watch/challenge-watcher';
import { startNotificationReceiver } from './challenge-watch/notification-receiver';
import { createCircleGateway } from './circle/circle-gateway';
import { type ConsoleEnvironment, createAppIdCache, describeEnvironment } from './environment/console-environment';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './environment/embedded-emulator';
import { followChallenge, lookUpCustomer } from './flows/customer-lookup';
import { PinChallengeFlow } from './flows/pin-challenge-flow';
import type { ContractHandlers } from './ipc/register-contract-handlers';
import type { HostedUiTarget } from './session/network-policy';

export type Publish = <E extends EventChannel>(channel: E, payload: PayloadOf<E>) => void;

export interface MainServicesOptions {
  userDataDir: string;
  version: string;
  platform: string;
  /** Sends a main → renderer event (Electron: webContents.send; the test bed: its shim). */
  publish: Publish;
  log: { warn(message: string): void };
  /** For the test bed and tests: a cheaper hash cost, a frozen clock, … */
  emulatorOptions?: Omit<EmulatorOptions, 'state' | 'onStateChange' | 'port' | 'host'>;
  watchIntervals?: WatchIntervals;
  fetch?: typeof fetch;
}

export interface MainServices {
  handlers: ContractHandlers;
  /** Read by the network policy on every hosted-UI request, so an environment switch takes effect at once. */
  hostedUi: () => HostedUiTarget;
  embedded: EmbeddedEmulator;
  close(): Promise<void>;
}

function localEmulatorEnvironment(embedded: EmbeddedEmulator, fetchImpl?: typeof fetch): ConsoleEnvironment {
  const { emulator } = embedded;
  const gateway = createCircleGateway(
    { apiKey: emulator.apiKey, baseUrl: emulator.baseUrl },
    fetchImpl ? { fetch: fetchImpl } : {},
  );
  const appId = createAppIdCache(() => gateway.fetchAppId());
  return {
    id: 'local-emulator',
    gateway,
    hostedUi: { kind: 'forward', baseUrl: `${emulator.baseUrl}/pw-auth/` },
    appId,
    status: () => describeEnvironment('local-emulator', appId, embedded.notice),
    close: () => embedded.close(),
  };
}

/** Main's use cases, wired once; Electron's composition root and the browser test bed both start them here. */
export async function startMainServices(options: MainServicesOptions): Promise<MainServices> {
  const embedded = await startEmbeddedEmulator(options.userDataDir, options.emulatorOptions);
  const environment = localEmulatorEnvironment(embedded, options.fetch);
  const now = () => new Date();
  const cases = new CaseRegistry();
  const watcher = new ChallengeWatcher({
    gateway: environment.gateway,
    now,
    ...(options.watchIntervals ? { intervals: options.watchIntervals } : {}),
    publish: (update) => {
      const watched = cases.get(update.caseId);
      if (watched) watched.status = update.status;
      options.publish('challenge:updated', update);
    },
    onPollError: (caseId, error) => options.log.warn(`watcher: poll for case ${caseId} failed: ${String(error)}`),
  });
  const flows = new PinChallengeFlow({ gateway: environment.gateway, appId: environment.appId, cases, watcher, now });
  const lookupDeps = { gateway: environment.gateway, cases, watcher, now };

  // Emulators can reach the desktop, so their signed notifications race the polls; Circle environments poll only.
  const receiver = await startNotificationReceiver({
    gateway: environment.gateway,
    onChallenge: (challenge) => watcher.notify(challenge),
    log: options.log,
  });
  let subscriptionId: string | null = null;
  const subscribe = async () => {
    subscriptionId = await environment.gateway
      .subscribeNotifications(receiver.endpoint)
      .then((created) => created.subscriptionId)
      .catch((error: unknown) => {
        options.log.warn(`notifications: could not subscribe (${String(error)}); polling only`);
        return null;
      });
  };
  await subscribe();

  const handlers: ContractHandlers = {
    'app:info': () =>
      readAppInfo({ version: options.version, platform: options.platform, activeEnvironment: () => environment.id }),
    'environment:status': () => environment.status(),
    'emulator:reset': async () => {
      watcher.stopAll();
      for (const open of cases.all()) cases.close(open.caseId);
      await embedded.reset();
      await subscribe(); // a reset drops every subscription
      return environment.status();
    },
    'customer:lookup': (input) => lookUpCustomer(lookupDeps, input.userId),
    'reset:start': (input) => flows.start('reset', input),
    'recovery:start': (input) => flows.start('recovery', input),
    'recovery:fromForgotPin': (input) => flows.switchToRecovery(input),
    'case:follow': (input) => followChallenge(lookupDeps, input),
    'case:resume': (input) => flows.resume(input),
    'case:reportOutcome': (input) => flows.reportOutcome(input),
    'case:cancel': (input) => flows.cancel(input),
  };

  return {
    handlers,
    hostedUi: () => environment.hostedUi,
    embedded,
    close: async () => {
      watcher.stopAll();
      if (subscriptionId) await environment.gateway.unsubscribeNotifications(subscriptionId).catch(() => {});
      await receiver.close().catch(() => {});
      await environment.close();
    },
  };
}
