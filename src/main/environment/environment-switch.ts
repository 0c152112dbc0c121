import type { EnvironmentFacts } from '../../shared/contract/ipc-contract';
import { type EnvironmentId, environmentIds } from '../../shared/environment/environments';
import { AgentFailure } from '../failures/agent-failure';
import { openCasesRefusal } from '../live-cases/open-cases-refusal';
import type { SettingsPort } from '../settings/settings-port';
import { circleBaseUrl } from './base-url-rule';
import {
  type ConsoleEnvironment,
  type EnvironmentGatewayOptions,
  localEmulatorEnvironment,
  remoteEnvironment,
} from './console-environment';
import type { EmbeddedEmulator } from './embedded-emulator';
import type { EnvironmentServices } from './environment-services';

/** Where API keys live; main reads them, the renderer never does. A key is given out only for its own base URL. */
export interface KeyCustody {
  keyFor(environment: EnvironmentId, baseUrl: string): string | null;
  /** Why there is no usable key (e.g. the key was checked against another base URL), if anything is known. */
  describe(environment: EnvironmentId, baseUrl: string | null): { reason: string | null };
}

export interface EnvironmentSwitchDeps {
  embedded: EmbeddedEmulator;
  settings: SettingsPort;
  keys: KeyCustody;
  gatewayOptions?: EnvironmentGatewayOptions;
  startServices(environment: ConsoleEnvironment): Promise<EnvironmentServices>;
}

const activeKey = 'environment.active';
const baseUrlsKey = 'environment.baseUrls';

/** The base URL an environment has when none is saved: Circle's, or none for the emulators. */
export function defaultBaseUrlOf(id: EnvironmentId): string | null {
  return id === 'local-emulator' || id === 'standalone-emulator' ? null : circleBaseUrl;
}

function isEnvironmentId(value: unknown): value is EnvironmentId {
  return typeof value === 'string' && (environmentIds as readonly string[]).includes(value);
}

/**
 * Which environment the console works against, and the services running on it. A switch builds the new environment
 * first (so a missing key or URL changes nothing), then closes the old one's cases and starts the new.
 */
export class EnvironmentSwitch {
  private active!: EnvironmentServices;
  /** Set when the saved environment could not be opened at start, for the agent to read. */
  startNotice: string | null = null;

  private constructor(private readonly deps: EnvironmentSwitchDeps) {}

  static async start(deps: EnvironmentSwitchDeps): Promise<EnvironmentSwitch> {
    const chosen = new EnvironmentSwitch(deps);
    const saved = deps.settings.get(activeKey);
    let environment: ConsoleEnvironment;
    try {
      environment = chosen.build(isEnvironmentId(saved) ? saved : 'local-emulator');
    } catch (error) {
      chosen.startNotice = `The saved environment could not be opened (${(error as Error).message}); using the local emulator.`;
      environment = chosen.build('local-emulator');
    }
    chosen.active = await deps.startServices(environment);
    return chosen;
  }

  current(): EnvironmentServices {
    return this.active;
  }

  /** The base URL an environment uses: none for the embedded emulator, Circle's unless overridden. */
  baseUrlOf(id: EnvironmentId): string | null {
    if (id === 'local-emulator') return null;
    const override = (this.deps.settings.get(baseUrlsKey) as Partial<Record<EnvironmentId, string>> | undefined)?.[id];
    if (override) return override;
    return defaultBaseUrlOf(id);
  }

  setBaseUrl(id: EnvironmentId, baseUrl: string | null): void {
    const saved = { ...((this.deps.settings.get(baseUrlsKey) as Record<string, string> | undefined) ?? {}) };
    if (baseUrl === null) delete saved[id];
    else saved[id] = baseUrl;
    this.deps.settings.set(baseUrlsKey, saved);
  }

  build(id: EnvironmentId): ConsoleEnvironment {
    if (id === 'local-emulator') return localEmulatorEnvironment(this.deps.embedded, this.deps.gatewayOptions);
    const baseUrl = this.baseUrlOf(id);
    if (!baseUrl) throw new AgentFailure('no-base-url', 'Enter the standalone emulator’s URL in Settings first.');
    // The key goes to the base URL it was checked against, or nowhere: the URL itself is plain settings.
    const apiKey = this.deps.keys.keyFor(id, baseUrl);
    if (!apiKey) {
      const why = this.deps.keys.describe(id, baseUrl).reason;
      throw new AgentFailure('no-api-key', why ?? 'Save an API key for this environment in Settings first.');
    }
    return remoteEnvironment(id, { baseUrl, apiKey }, this.deps.gatewayOptions);
  }

  async switchTo(id: EnvironmentId): Promise<void> {
    const next = this.build(id);
    await this.active.close();
    this.active = await this.deps.startServices(next);
    this.deps.settings.set(activeKey, id);
    this.startNotice = null;
  }

  /** What the agent sees about the active environment, with any notice from start. */
  async status(): Promise<EnvironmentFacts> {
    const described = await this.active.environment.status();
    const notice = [described.notice, this.startNotice].filter(Boolean).join(' ') || null;
    return { ...described, notice };
  }

  /** "Reset emulator": the embedded emulator back to its seeded state, once the agent agreed to close open cases. */
  async resetEmbeddedEmulator(input: { closeOpenCases: boolean }): Promise<void> {
    if (this.active.environment.id !== 'local-emulator') {
      throw new AgentFailure('not-local-emulator', 'Only the local emulator can be reset from the console.');
    }
    const open = this.active.liveCases.unfinished().length;
    if (open > 0 && !input.closeOpenCases) {
      throw openCasesRefusal(open, 'Resetting the emulator deletes every challenge and closes');
    }
    await this.deps.embedded.reset();
    await this.active.restart();
  }

  /** Rebuilds the active environment (its key or URL changed). */
  async reopen(): Promise<void> {
    await this.switchTo(this.active.environment.id);
  }
}
