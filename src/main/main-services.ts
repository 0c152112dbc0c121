import { join, resolve } from 'node:path';
import type { EmulatorOptions } from '../emulator';
import type { PayloadOf } from '../shared/contract/ipc-contract';
import { appInfoHandlers } from './app-info/app-info';
import { AppLookService } from './app-look/app-look-service';
import { repairIndexInBackground } from './case-log/case-index-repair';
import { caseLogHandlers } from './case-log/case-log-handlers';
import { CaseLogService, type ClipboardPort, type SaveFilePort } from './case-log/case-log-service';
import { CaseLogStore } from './case-log/case-log-store';
import { caseOverviewHandlers } from './case-log/case-overview-handlers';
import { createCaseRecorder } from './case-log/case-recorder';
import type { WatchIntervals } from './challenge-watch/challenge-watcher';
import { CustomerScreen } from './customer-screen/customer-screen';
import { customerScreenHandlers } from './customer-screen/customer-screen-handlers';
import type { CustomerWindowPort, DisplaysPort } from './customer-screen/customer-screen-ports';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './environment/embedded-emulator';
import { emulatorHandlers } from './environment/emulator-handlers';
import { environmentHandlers, readEnvironmentStatus } from './environment/environment-handlers';
import { startEnvironmentServices } from './environment/environment-services';
import { EnvironmentSwitch } from './environment/environment-switch';
import type { Publish } from './events/publish';
import { caseFlowHandlers } from './flows/case-flow-handlers';
import type { ContractHandlers } from './ipc/register-contract-handlers';
import { lookupHandlers } from './lookup/lookup-handlers';
import { IssuedSecrets } from './secrets/issued-secrets';
import { knownSecrets, maskedLog } from './secrets/known-secrets';
import { diagnosticsHandlers } from './session/diagnostics-handlers';
import type { HostedUiTarget } from './session/hosted-ui-target';
import { NetworkDiagnosticsRecorder } from './session/network-diagnostics-recorder';
import { defaultAgentName, savedAgentName } from './settings/agent-name';
import type { ConfirmPort } from './settings/base-url-change';
import { savedCustomerLanguage } from './settings/customer-language-setting';
import { KeyVault, type SafeStoragePort } from './settings/key-vault';
import { settingsHandlers } from './settings/settings-handlers';
import type { SettingsPort } from './settings/settings-port';
import { SettingsService } from './settings/settings-service';
import { teamLogHandlers } from './team-log/team-log-handlers';
import { TeamLogPassword } from './team-log/team-log-password';
import { TeamLogService } from './team-log/team-log-service';

export interface MainServicesOptions {
  userDataDir: string;
  version: string;
  platform: NodeJS.Platform;
  /** Sends a main → renderer event (Electron: webContents.send; the test bed: its shim). */
  publish: Publish;
  log: { warn(message: string): void };
  /** Non-secret settings (electron-store in the app). */
  settings: SettingsPort;
  /** Electron's safeStorage in the app; null where there is none (keys are then kept for the session only). */
  safeStorage: SafeStoragePort | null;
  /** Where case exports go (Electron: a save dialog) and the clipboard main writes for "Copy as Markdown". */
  saveFile: SaveFilePort;
  clipboard: ClipboardPort;
  /** Main's own yes/no dialog (Electron: a message box; tests and the test bed answer from a script). */
  confirm: ConfirmPort;
  /** The customer window and the displays it may go to (Electron: a BrowserWindow and `screen`; the test bed: a
   * second page and a fake with two displays). */
  customerScreen: { window: CustomerWindowPort; displays: DisplaysPort; endedCaseShownMs?: number };
  /** The system browser (Electron: shell.openExternal), for the emulator's control page only. */
  openExternal: (url: string) => Promise<void>;
  /** For the test bed and tests: a cheaper hash cost, a frozen clock, … */
  emulatorOptions?: Omit<EmulatorOptions, 'state' | 'onStateChange' | 'port' | 'host'>;
  watchIntervals?: WatchIntervals;
  fetch?: typeof fetch;
  /** How Circle calls wait before retrying a 429 (real time in the app): the test bed can record the waits instead. */
  circleRetrySleep?: (ms: number) => Promise<void>;
  /** The team case log's SQL migrations: migrations/team-log in the app (or the working folder: tests, test bed). */
  teamLogMigrationsDir?: string;
  /** Replication's retry schedule (tests and the test bed wait less). */
  teamLogRetry?: { firstMs: number; maxMs: number };
  /** The agent's IANA time zone for ticket notes; this computer's by default (the test bed names one). */
  timeZone?: string;
  /** Made by Electron's composition root before the services, for the window's network policy to feed. */
  networkDiagnostics?: NetworkDiagnosticsRecorder;
}

export type HostedUiListener = (target: HostedUiTarget) => void | Promise<void>;

export interface MainServices {
  handlers: ContractHandlers;
  /** What answers Circle's hosted PIN UI in the active environment. */
  hostedUi: () => HostedUiTarget;
  /**
   * Calls `listener` now with the active environment's hosted-UI target, then on every environment switch, before
   * the switch completes (an asynchronous listener is waited for).
   */
  watchHostedUi(listener: HostedUiListener): Promise<void>;
  /** Fed by the session's network policy (Electron) or the test bed; read by Settings → Diagnostics. */
  networkDiagnostics: NetworkDiagnosticsRecorder;
  embedded: EmbeddedEmulator;
  /** The customer window's case and place (the composition root opens it at start when the setting is on). */
  customerScreen: CustomerScreen;
  /** Main's log, every known secret masked: for Electron's own wiring (IPC failures) too. */
  log: { warn(message: string): void };
  close(): Promise<void>;
}

/** Main's use cases, wired once; Electron's composition root and the browser test bed both start them here. */
export async function startMainServices(options: MainServicesOptions): Promise<MainServices> {
  const embedded = await startEmbeddedEmulator(options.userDataDir, options.emulatorOptions);
  const vault = new KeyVault(options.safeStorage, options.settings, {
    platform: options.platform,
    log: (line) => options.log.warn(line),
  });
  const issued = new IssuedSecrets();
  const teamLogPassword = new TeamLogPassword(options.safeStorage, options.settings, () => vault.storagePolicy());
  const secretsButPassword = knownSecrets({
    apiKeys: () => vault.heldKeys(),
    embeddedApiKey: embedded.emulator.apiKey,
    issued,
  });
  const secrets = () => {
    const password = teamLogPassword.get();
    return password ? [...secretsButPassword(), password] : secretsButPassword();
  };
  const log = maskedLog(options.log, secrets);
  const caseLogStore = new CaseLogStore({ dir: join(options.userDataDir, 'case-log'), secrets });
  // Replication to the team's PostgreSQL, beside the local log and never in its way (docs/team-case-log.md).
  const teamLog = new TeamLogService({
    settings: options.settings,
    password: teamLogPassword,
    files: caseLogStore,
    caseLogDir: join(options.userDataDir, 'case-log'),
    migrationsDir: options.teamLogMigrationsDir ?? resolve('migrations', 'team-log'),
    log: (line) => log.warn(line),
    ...(options.teamLogRetry ? { retry: options.teamLogRetry } : {}),
  });
  await teamLog.start();
  const recorder = createCaseRecorder(caseLogStore, {
    agentName: () => savedAgentName(options.settings),
    now: () => new Date(),
    log,
  });
  const caseLog = new CaseLogService(caseLogStore, {
    saveFile: options.saveFile,
    clipboard: options.clipboard,
    now: () => new Date(),
    queuedWrites: () => recorder.flush(),
    ...(options.timeZone ? { timeZone: () => options.timeZone ?? 'UTC' } : {}),
  });
  const appLook = new AppLookService(options.settings);
  const hostedUiListeners: HostedUiListener[] = [];
  const networkDiagnostics = options.networkDiagnostics ?? new NetworkDiagnosticsRecorder();
  // Made before the environments it reads (lazily): the watcher's updates reach it through `publish`.
  const customerScreen: CustomerScreen = new CustomerScreen({
    settings: options.settings,
    ...options.customerScreen,
    publish: options.publish,
    environment: () => environments.current(),
    log,
  });
  const publish: Publish = (channel, payload) => {
    options.publish(channel, payload);
    if (channel === 'challenge:updated') customerScreen.statusChanged(payload as PayloadOf<'challenge:updated'>);
  };
  const environments: EnvironmentSwitch = await EnvironmentSwitch.start({
    embedded,
    settings: options.settings,
    keys: vault,
    gatewayOptions: {
      issued,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.circleRetrySleep ? { retrySleep: options.circleRetrySleep } : {}),
    },
    startServices: async (environment) => {
      // A switch closes the old environment's cases, the one on the customer screen among them.
      customerScreen.casesClosed();
      const started = await startEnvironmentServices(environment, {
        publish,
        recorder,
        log,
        secrets: issued,
        caseLog: caseLogStore,
        look: () => appLook.sessionLook(environment.id),
        ...(options.watchIntervals ? { watchIntervals: options.watchIntervals } : {}),
      });
      await Promise.all(hostedUiListeners.map((listener) => listener(environment.hostedUi)));
      return started;
    },
  });
  const settings = new SettingsService({
    defaultAgentName,
    environments,
    vault,
    settings: options.settings,
    confirm: options.confirm,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // Not awaited: start goes on while the index catches up with the case files (a list reads it as it grows).
  const indexRepair = repairIndexInBackground(caseLogStore, log);
  const active = () => environments.current();
  const environmentStatus = { environments, emulator: embedded.emulator, settings: options.settings };

  const handlers: ContractHandlers = {
    ...appInfoHandlers({
      version: options.version,
      platform: options.platform,
      activeEnvironment: () => active().environment.id,
    }),
    ...environmentHandlers(environmentStatus),
    ...emulatorHandlers({
      environments,
      emulator: embedded.emulator,
      status: () => readEnvironmentStatus(environmentStatus),
      casesClosed: () => customerScreen.casesClosed(),
      openExternal: options.openExternal,
    }),
    ...lookupHandlers(active),
    ...settingsHandlers({
      service: settings,
      appLook,
      store: options.settings,
      customerLanguageChanged: () => customerScreen.settingsChanged(),
    }),
    ...caseLogHandlers(caseLog),
    ...diagnosticsHandlers({
      recorder: networkDiagnostics,
      activeEnvironment: () => active().environment.id,
      assetHosts: (environment) => appLook.assetHosts(environment),
      clipboard: options.clipboard,
      version: options.version,
    }),
    // The customer screen is where Circle's window opens for the flows' cases when it is on (it decides, per case).
    ...caseFlowHandlers({
      active,
      host: customerScreen,
      defaultLanguage: () => savedCustomerLanguage(options.settings),
      clipboard: options.clipboard,
    }),
    ...customerScreenHandlers(customerScreen),
    ...teamLogHandlers(teamLog, () => active().environment.id),
    ...caseOverviewHandlers(caseLog, teamLog),
  };

  return {
    handlers,
    hostedUi: () => active().environment.hostedUi,
    watchHostedUi: async (listener) => {
      hostedUiListeners.push(listener);
      await listener(active().environment.hostedUi);
    },
    networkDiagnostics,
    embedded,
    customerScreen,
    log,
    close: async () => {
      customerScreen.close();
      await teamLog.close();
      await active().close();
      await recorder.flush();
      await indexRepair;
      await embedded.close();
    },
  };
}
