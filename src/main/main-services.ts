import { join } from 'node:path';
import type { EmulatorOptions } from '../emulator';
import type { EnvironmentStatus } from '../shared/contract/ipc-contract';
import { readAppInfo } from './app-info/app-info';
import { repairIndexInBackground } from './case-log/case-index-repair';
import { CaseLogService, type ClipboardPort, type SaveFilePort } from './case-log/case-log-service';
import { CaseLogStore } from './case-log/case-log-store';
import { createCaseRecorder } from './case-log/case-recorder';
import type { WatchIntervals } from './challenge-watch/challenge-watcher';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './environment/embedded-emulator';
import { startEnvironmentServices } from './environment/environment-services';
import { EnvironmentSwitch } from './environment/environment-switch';
import type { Publish } from './events/publish';
import { AgentFailure } from './failures/agent-failure';
import type { ContractHandlers } from './ipc/register-contract-handlers';
import { IssuedSecrets } from './secrets/issued-secrets';
import { knownSecrets, maskedLog } from './secrets/known-secrets';
import type { HostedUiTarget } from './session/network-policy';
import { defaultAgentName, savedAgentName } from './settings/agent-name';
import type { ConfirmPort } from './settings/base-url-change';
import { developerDetailsShown } from './settings/developer-details';
import { KeyVault, type SafeStoragePort } from './settings/key-vault';
import type { SettingsPort } from './settings/settings-port';
import { SettingsService } from './settings/settings-service';
import { isEmulatorControlPageLink } from './window/external-links';

export interface MainServicesOptions {
  userDataDir: string;
  version: string;
  platform: string;
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
  /** The system browser (Electron: shell.openExternal), for the emulator's control page only. */
  openExternal: (url: string) => Promise<void>;
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
  /** Main's log, every known secret masked: for Electron's own wiring (IPC failures) too. */
  log: { warn(message: string): void };
  close(): Promise<void>;
}

/** Main's use cases, wired once; Electron's composition root and the browser test bed both start them here. */
export async function startMainServices(options: MainServicesOptions): Promise<MainServices> {
  const embedded = await startEmbeddedEmulator(options.userDataDir, options.emulatorOptions);
  const vault = new KeyVault(options.safeStorage, options.settings, { log: (line) => options.log.warn(line) });
  const issued = new IssuedSecrets();
  const secrets = knownSecrets({ apiKeys: () => vault.heldKeys(), embeddedApiKey: embedded.emulator.apiKey, issued });
  const log = maskedLog(options.log, secrets);
  const caseLogStore = new CaseLogStore({ dir: join(options.userDataDir, 'case-log'), secrets });
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
  });
  const environments = await EnvironmentSwitch.start({
    embedded,
    settings: options.settings,
    keys: vault,
    gatewayOptions: { issued, ...(options.fetch ? { fetch: options.fetch } : {}) },
    startServices: (environment) =>
      startEnvironmentServices(environment, {
        publish: options.publish,
        recorder,
        log,
        ...(options.watchIntervals ? { watchIntervals: options.watchIntervals } : {}),
      }),
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
  // What the renderer is told about the environment: main's facts plus the agent's view settings.
  const status = async (): Promise<EnvironmentStatus> => {
    const id = active().environment.id;
    return {
      ...(await environments.status()),
      developerDetails: developerDetailsShown(options.settings, id),
      emulatorAddress: id === 'local-emulator' ? embedded.emulator.baseUrl : null,
    };
  };
  const localEmulatorOnly = () => {
    if (active().environment.id !== 'local-emulator') {
      throw new AgentFailure('not-local-emulator', 'Only the local emulator’s controls are available here.');
    }
  };

  const handlers: ContractHandlers = {
    'app:info': () =>
      readAppInfo({
        version: options.version,
        platform: options.platform,
        activeEnvironment: () => active().environment.id,
      }),
    'environment:status': () => status(),
    'emulator:reset': async (input) => {
      await environments.resetEmbeddedEmulator(input);
      return status();
    },
    'emulator:openControlPage': async () => {
      localEmulatorOnly();
      const url = new URL('/', embedded.emulator.baseUrl).href;
      if (!isEmulatorControlPageLink(url)) {
        throw new AgentFailure('not-loopback', 'The emulator’s control page opens only on a loopback address.');
      }
      await options.openExternal(url);
      return { opened: true as const, url };
    },
    'emulator:revealKey': () => {
      localEmulatorOnly();
      return { baseUrl: embedded.emulator.baseUrl, apiKey: embedded.emulator.apiKey };
    },
    'customer:lookup': (input) => active().lookUp(input.userId),
    'reset:start': (input) => active().flows.start('reset', input),
    'recovery:start': (input) => active().flows.start('recovery', input),
    'recovery:fromForgotPin': (input) => active().flows.switchToRecovery(input),
    'liveCase:follow': (input) => active().follow(input),
    'liveCase:resume': (input) => active().flows.resume(input),
    'liveCase:reportOutcome': (input) => active().flows.reportOutcome(input),
    'liveCase:cancel': (input) => active().flows.cancel(input),
    'liveCase:copyId': (input) => {
      options.clipboard.writeText(input.value);
      return { copied: true as const };
    },
    'settings:get': () => settings.view(),
    'settings:setEnvironment': (input) => settings.setEnvironment(input),
    'settings:setBaseUrl': (input) => settings.setBaseUrl(input),
    'settings:setApiKey': (input) => settings.setApiKey(input),
    'settings:forgetKey': (input) => settings.forgetKey(input),
    'settings:setAgentName': (input) => settings.setAgentName(input),
    'settings:setDeveloperDetails': (input) => settings.setDeveloperDetails(input),
    'caseLog:list': (input) => caseLog.list(input),
    'caseLog:open': (input) => caseLog.open(input.caseId),
    'caseLog:export': (input) => caseLog.export(input.caseId, input.format),
    'caseLog:copyMarkdown': (input) => caseLog.copyMarkdown(input.caseId),
    'caseLog:setDetails': (input) => caseLog.setDetails(input),
  };

  return {
    handlers,
    hostedUi: () => active().environment.hostedUi,
    embedded,
    log,
    close: async () => {
      await active().close();
      await recorder.flush();
      await indexRepair;
      await embedded.close();
    },
  };
}
