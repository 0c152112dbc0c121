import { join } from 'node:path';
import type { EmulatorOptions } from '../emulator';
import type { EventChannel } from '../shared/contract/channel-names';
import type { PayloadOf } from '../shared/contract/ipc-contract';
import { readAppInfo } from './app-info/app-info';
import { repairIndexInBackground } from './case-log/case-index-repair';
import { CaseLogService, type ClipboardPort, type SaveFilePort } from './case-log/case-log-service';
import { CaseLogStore } from './case-log/case-log-store';
import { createCaseRecorder, defaultAgentName } from './case-log/case-recorder';
import { openCasesRefusal } from './cases/open-cases-refusal';
import type { WatchIntervals } from './challenge-watch/challenge-watcher';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './environment/embedded-emulator';
import { startEnvironmentServices } from './environment/environment-services';
import { EnvironmentSwitch } from './environment/environment-switch';
import { HandlerFailure } from './ipc/handler-failure';
import type { ContractHandlers } from './ipc/register-contract-handlers';
import type { HostedUiTarget } from './session/network-policy';
import { KeyVault, type SafeStoragePort } from './settings/key-vault';
import type { SettingsPort } from './settings/settings-port';
import { SettingsService } from './settings/settings-service';

export type Publish = <E extends EventChannel>(channel: E, payload: PayloadOf<E>) => void;

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

/** Main's use cases, wired once; Electron's composition root and the browser test bed both start them here. */
export async function startMainServices(options: MainServicesOptions): Promise<MainServices> {
  const embedded = await startEmbeddedEmulator(options.userDataDir, options.emulatorOptions);
  const vault = new KeyVault(options.safeStorage, options.settings, { log: (line) => options.log.warn(line) });
  // Redaction's list: the keys main holds (and their parts), checked at the one place case entries are written.
  const secrets = () =>
    (['standalone-emulator', 'circle-testnet', 'circle-mainnet'] as const)
      .flatMap((id) => {
        const key = vault.get(id);
        return key ? [key, ...key.split(':').slice(1)] : [];
      })
      .concat(embedded.emulator.apiKey, ...embedded.emulator.apiKey.split(':').slice(1))
      .concat(
        // and every open case's user token and encryption key
        environments
          .current()
          .cases.all()
          .flatMap((open) => (open.token ? [open.token.current().userToken, open.token.current().encryptionKey] : [])),
      );
  const caseLog = new CaseLogStore({ dir: join(options.userDataDir, 'case-log'), secrets });
  let agentName: () => string = defaultAgentName;
  const recorder = createCaseRecorder(caseLog, {
    agentName: () => agentName(),
    now: () => new Date(),
    log: options.log,
  });
  const cases = new CaseLogService(caseLog, {
    saveFile: options.saveFile,
    clipboard: options.clipboard,
    now: () => new Date(),
    queuedWrites: () => recorder.flush(),
  });
  const environments = await EnvironmentSwitch.start({
    embedded,
    settings: options.settings,
    keys: vault,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    startServices: (environment) =>
      startEnvironmentServices(environment, {
        publish: options.publish,
        recorder,
        log: options.log,
        ...(options.watchIntervals ? { watchIntervals: options.watchIntervals } : {}),
      }),
  });
  const settings = new SettingsService({
    defaultAgentName,
    environments,
    vault,
    settings: options.settings,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  agentName = () => settings.agentName();
  // Not awaited: start goes on while the index catches up with the case files (a list reads it as it grows). Only
  // now, since redacting what it writes asks `environments` for the open cases' secrets.
  const indexRepair = repairIndexInBackground(caseLog, options.log);
  const active = () => environments.current();
  const status = async () => {
    const described = await active().environment.status();
    const notice = [described.notice, environments.startNotice].filter(Boolean).join(' ') || null;
    return { ...described, notice };
  };

  const handlers: ContractHandlers = {
    'app:info': () =>
      readAppInfo({
        version: options.version,
        platform: options.platform,
        activeEnvironment: () => active().environment.id,
      }),
    'environment:status': status,
    'emulator:reset': async (input) => {
      if (active().environment.id !== 'local-emulator') {
        throw new HandlerFailure('not-local-emulator', 'Only the local emulator can be reset from the console.');
      }
      const open = active().cases.unfinished().length;
      if (open > 0 && !input.closeOpenCases) {
        throw openCasesRefusal(open, 'Resetting the emulator deletes every challenge and closes');
      }
      await embedded.reset();
      await active().restart();
      return status();
    },
    'customer:lookup': (input) => active().lookUp(input.userId),
    'reset:start': (input) => active().flows.start('reset', input),
    'recovery:start': (input) => active().flows.start('recovery', input),
    'recovery:fromForgotPin': (input) => active().flows.switchToRecovery(input),
    'case:follow': (input) => active().follow(input),
    'case:resume': (input) => active().flows.resume(input),
    'case:reportOutcome': (input) => active().flows.reportOutcome(input),
    'case:cancel': (input) => active().flows.cancel(input),
    'settings:get': () => settings.view(),
    'settings:setEnvironment': (input) => settings.setEnvironment(input),
    'settings:setBaseUrl': (input) => settings.setBaseUrl(input),
    'settings:setApiKey': (input) => settings.setApiKey(input),
    'settings:forgetKey': (input) => settings.forgetKey(input),
    'settings:setAgentName': (input) => settings.setAgentName(input),
    'cases:list': (input) => cases.list(input),
    'cases:open': (input) => cases.open(input.caseId),
    'cases:export': (input) => cases.export(input.caseId, input.format),
    'cases:copyMarkdown': (input) => cases.copyMarkdown(input.caseId),
    'cases:setDetails': (input) => cases.setDetails(input),
  };

  return {
    handlers,
    hostedUi: () => active().environment.hostedUi,
    embedded,
    close: async () => {
      await active().close();
      await recorder.flush();
      await indexRepair;
      await embedded.close();
    },
  };
}
