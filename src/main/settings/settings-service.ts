import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EnvironmentId } from '../../shared/environment/environments';
import { environmentIds, environmentLabels } from '../../shared/environment/environments';
import type { EnvironmentSettingsView, KeyView, SettingsView } from '../../shared/environment/settings-view';
import { CircleCallError } from '../circle/circle-call-error';
import { createCircleGateway } from '../circle/circle-gateway';
import { checkBaseUrl } from '../environment/base-url-rule';
import { defaultBaseUrlOf, type EnvironmentSwitch } from '../environment/environment-switch';
import { AgentFailure } from '../failures/agent-failure';
import { flowFailure } from '../failures/flow-failure';
import { openCasesRefusal } from '../live-cases/open-cases-refusal';
import { agentNameKey, savedAgentName } from './agent-name';
import { checkApiKey } from './api-key-format';
import { baseUrlChangeQuestion, type ConfirmPort } from './base-url-change';
import { developerDetailsShown, setDeveloperDetailsShown } from './developer-details';
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
    const probe = createCircleGateway(
      { apiKey: format.key, baseUrl },
      this.deps.fetch ? { fetch: this.deps.fetch } : {},
    );
    const appId = await probe.fetchAppId().catch((error: unknown) => {
      if (error instanceof CircleCallError && error.circle?.code === circleErrorCodes.apiKeyNotFound) {
        throw new AgentFailure(
          'unknown-api-key',
          `${baseUrl} does not know this key (156007). Check you copied the whole key, for the right environment.`,
          error.circle,
        );
      }
      if (error instanceof CircleCallError && error.circle?.status === 401) {
        throw new AgentFailure('unknown-api-key', `${baseUrl} refused this key as malformed.`, error.circle);
      }
      throw flowFailure('app-id', error);
    });
    // Bound to the URL it was just checked against: the only place it will ever be sent.
    this.deps.vault.set(environment, format.key, baseUrl);
    const appIds = { ...((this.deps.settings.get(keyAppIdsKey) as Record<string, string> | undefined) ?? {}) };
    appIds[environment] = appId;
    this.deps.settings.set(keyAppIdsKey, appIds);
    if (this.deps.environments.current().environment.id === environment) await this.deps.environments.reopen();
    return this.view();
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
