import type { ConnectionProblems, ConnectionSaveResult } from '../../shared/contract/connection-form';
import type { EnvironmentId } from '../../shared/environment/environments';
import { environmentIds, environmentLabels } from '../../shared/environment/environments';
import type { EnvironmentSettingsView, KeyView, SettingsView } from '../../shared/environment/settings-view';
import { checkBaseUrl } from '../environment/base-url-rule';
import { defaultBaseUrlOf, type EnvironmentSwitch } from '../environment/environment-switch';
import { AgentFailure } from '../failures/agent-failure';
import { openCasesRefusal } from '../live-cases/open-cases-refusal';
import { agentNameKey, savedAgentName } from './agent-name';
import { checkApiKey, expectedKeyPrefix } from './api-key-format';
import { baseUrlChangeQuestion, type ConfirmPort } from './base-url-change';
import { checkConnection } from './connection-check';
import { developerDetailsShown, setDeveloperDetailsShown } from './developer-details';
import { probeKey } from './key-probe';
import type { KeyVault } from './key-vault';
import type { SettingsPort } from './settings-port';

const keyAppIdsKey = 'environment.keyAppIds';

export interface SettingsServiceDeps {
  /** The OS user name, the agent name until one is set. */
  defaultAgentName: () => string;
  environments: EnvironmentSwitch;
  vault: KeyVault;
  settings: SettingsPort;
  /** Main's own yes/no dialog: asked before a base URL change forgets a key. */
  confirm: ConfirmPort;
  fetch?: typeof fetch;
}

/** The settings view's use cases: choose an environment, its base URL, and its API key (write-only). */
export class SettingsService {
  constructor(private readonly deps: SettingsServiceDeps) {}

  view(): SettingsView {
    const active = this.deps.environments.current();
    return {
      active: active.environment.id,
      environments: environmentIds.map((id) => this.environmentView(id)),
      openCases: active.liveCases.unfinished().length,
      agentName: this.agentName(),
    };
  }

  agentName(): string {
    return savedAgentName(this.deps.settings, this.deps.defaultAgentName);
  }

  setAgentName(input: { agentName: string }): SettingsView {
    this.deps.settings.set(agentNameKey, input.agentName.trim());
    return this.view();
  }

  setDeveloperDetails(input: { environment: EnvironmentId; show: boolean }): SettingsView {
    setDeveloperDetailsShown(this.deps.settings, input.environment, input.show);
    return this.view();
  }

  async setEnvironment(input: { environment: EnvironmentId; closeOpenCases: boolean }): Promise<SettingsView> {
    const open = this.deps.environments.current().liveCases.unfinished().length;
    if (open > 0 && !input.closeOpenCases) throw openCasesRefusal(open, 'Switching environment closes');
    await this.deps.environments.switchTo(input.environment);
    return this.view();
  }

  /**
   * Saves an environment's base URL. A key is only ever sent to the URL it was checked against, so moving an
   * environment that has a key elsewhere asks first (main's dialog, naming the new host) and forgets the key on yes.
   */
  async setBaseUrl(input: { environment: EnvironmentId; baseUrl: string | null }): Promise<SettingsView> {
    const { environment } = input;
    if (environment === 'local-emulator') {
      throw new AgentFailure('invalid-base-url', 'The local emulator chooses its own address.');
    }
    let saved: string | null = null;
    if (input.baseUrl !== null) {
      const check = checkBaseUrl(input.baseUrl, { loopbackOnly: environment === 'standalone-emulator' });
      if (!check.ok) throw new AgentFailure('invalid-base-url', check.problem);
      saved = check.baseUrl;
    }
    const next = saved ?? defaultBaseUrlOf(environment);
    const keyBaseUrl = this.deps.vault.boundBaseUrl(environment);
    const active = this.deps.environments.current();
    const isActive = active.environment.id === environment;
    if (keyBaseUrl !== null && keyBaseUrl !== next) {
      const agreed = await this.deps.confirm.confirm(
        baseUrlChangeQuestion({
          environmentLabel: environmentLabels[environment],
          keyBaseUrl,
          nextBaseUrl: next,
          openCases: isActive ? active.liveCases.unfinished().length : 0,
        }),
      );
      if (!agreed) {
        throw new AgentFailure(
          'base-url-unchanged',
          `The base URL of ${environmentLabels[environment]} was not changed, and its key was kept.`,
        );
      }
      this.forgetKeyOf(environment);
    }
    this.deps.environments.setBaseUrl(environment, saved);
    if (isActive) {
      // Without a key for the new URL the environment cannot run: back to the local emulator, as Forget key does.
      const usable = next !== null && this.deps.vault.keyFor(environment, next) !== null;
      await (usable ? this.deps.environments.reopen() : this.deps.environments.switchTo('local-emulator'));
    }
    return this.view();
  }

  /**
   * Checks the key's form and network locally, then live (GET /v1/w3s/config/entity) against the environment's base
   * URL; only a key that passes is kept. Nothing invalid is stored, and no message repeats the key.
   */
  async setApiKey(input: { environment: EnvironmentId; apiKey: string }): Promise<SettingsView> {
    const { environment } = input;
    if (environment === 'local-emulator') {
      throw new AgentFailure('invalid-api-key', 'The local emulator uses its own key; nothing to save.');
    }
    const format = checkApiKey(input.apiKey, environment);
    if (!format.ok) throw new AgentFailure('invalid-api-key', format.problem);
    const baseUrl = this.deps.environments.baseUrlOf(environment);
    if (!baseUrl) throw new AgentFailure('no-base-url', 'Enter the standalone emulator’s URL first.');
    const probe = await probeKey(format.key, baseUrl, this.deps.fetch ? { fetch: this.deps.fetch } : {});
    if (!probe.ok) throw probe.failure;
    const appId = probe.appId;
    this.keepKey(environment, format.key, baseUrl, appId);
    if (this.deps.environments.current().environment.id === environment) await this.deps.environments.reopen();
    return this.view();
  }

  /**
   * Settings' connection form: base URL and API key checked together, saved together or not at all. Each problem
   * comes back beside its field (format locally, then the key live against the URL typed); an empty key keeps the
   * saved one. Moving a keyed environment elsewhere without a new key asks first, as setBaseUrl does.
   */
  async saveConnection(input: {
    environment: EnvironmentId;
    baseUrl: string;
    apiKey: string;
  }): Promise<ConnectionSaveResult> {
    const { environment } = input;
    if (environment === 'local-emulator') {
      throw new AgentFailure('invalid-base-url', 'The local emulator chooses its own address and key.');
    }
    const refused = (problems: ConnectionProblems): ConnectionSaveResult => ({
      saved: false,
      problems,
      view: this.view(),
    });
    const checked = checkConnection(input);
    if (!checked.ok) return refused(checked.problems);
    const { baseUrl, key } = checked;
    const keyBaseUrl = this.deps.vault.boundBaseUrl(environment);
    if (key === null && baseUrl === this.deps.environments.baseUrlOf(environment) && keyBaseUrl === baseUrl) {
      return { saved: true, problems: {}, view: this.view() };
    }
    let appId: string | null = null;
    if (key !== null) {
      const probe = await probeKey(key, baseUrl, this.deps.fetch ? { fetch: this.deps.fetch } : {});
      if (!probe.ok) return refused({ [probe.field]: probe.failure.message });
      appId = probe.appId;
    } else if (keyBaseUrl !== null && keyBaseUrl !== baseUrl) {
      const active = this.deps.environments.current();
      const agreed = await this.deps.confirm.confirm(
        baseUrlChangeQuestion({
          environmentLabel: environmentLabels[environment],
          keyBaseUrl,
          nextBaseUrl: baseUrl,
          openCases: active.environment.id === environment ? active.liveCases.unfinished().length : 0,
        }),
      );
      if (!agreed) return refused({ baseUrl: `Not saved: the key was checked against ${keyBaseUrl} and is kept.` });
      this.forgetKeyOf(environment);
    }
    // The default needs no saving: an environment on it follows PIN Desk's default.
    this.deps.environments.setBaseUrl(environment, baseUrl === defaultBaseUrlOf(environment) ? null : baseUrl);
    if (key !== null && appId !== null) this.keepKey(environment, key, baseUrl, appId);
    if (this.deps.environments.current().environment.id === environment) {
      const usable = this.deps.vault.keyFor(environment, baseUrl) !== null;
      await (usable ? this.deps.environments.reopen() : this.deps.environments.switchTo('local-emulator'));
    }
    return { saved: true, problems: {}, view: this.view() };
  }

  /** Bound to the URL it was just checked against: the only place it will ever be sent. */
  private keepKey(environment: EnvironmentId, key: string, baseUrl: string, appId: string): void {
    this.deps.vault.set(environment, key, baseUrl);
    const appIds = { ...((this.deps.settings.get(keyAppIdsKey) as Record<string, string> | undefined) ?? {}) };
    appIds[environment] = appId;
    this.deps.settings.set(keyAppIdsKey, appIds);
  }

  async forgetKey(input: { environment: EnvironmentId }): Promise<SettingsView> {
    if (this.deps.environments.current().environment.id === input.environment) {
      await this.deps.environments.switchTo('local-emulator');
    }
    this.forgetKeyOf(input.environment);
    return this.view();
  }

  private forgetKeyOf(environment: EnvironmentId): void {
    this.deps.vault.forget(environment);
    const appIds = { ...((this.deps.settings.get(keyAppIdsKey) as Record<string, string> | undefined) ?? {}) };
    delete appIds[environment];
    this.deps.settings.set(keyAppIdsKey, appIds);
  }

  private environmentView(id: EnvironmentId): EnvironmentSettingsView {
    const local = id === 'local-emulator';
    return {
      id,
      label: environmentLabels[id],
      baseUrl: this.deps.environments.baseUrlOf(id),
      defaultBaseUrl: defaultBaseUrlOf(id),
      key: local ? null : this.keyView(id),
      keyPrefix: local ? null : expectedKeyPrefix(id),
      developerDetails: developerDetailsShown(this.deps.settings, id),
    };
  }

  private keyView(id: EnvironmentId): KeyView {
    const described = this.deps.vault.describe(id, this.deps.environments.baseUrlOf(id));
    const appIds = (this.deps.settings.get(keyAppIdsKey) as Record<string, string> | undefined) ?? {};
    return {
      stored: described.stored,
      hint: described.hint,
      storage: described.stored ? described.storage : null,
      storageReason: described.reason ?? null,
      appId: described.stored ? (appIds[id] ?? null) : null,
    };
  }
}
