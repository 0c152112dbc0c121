import type { EnvironmentId } from './environments';

/** What the renderer may know about a stored API key: never the key, only that it exists, a hint and where it is. */
export interface KeyView {
  stored: boolean;
  /** The last 4 characters of the key's middle (ID) part. */
  hint: string | null;
  /** 'encrypted': on disk, encrypted by the OS; 'session-only': in memory until the console quits. */
  storage: 'encrypted' | 'session-only' | null;
  /** Why a key is kept for this session only, in words for the agent. */
  storageReason: string | null;
  /** The App ID the key belongs to, from the live check when it was saved. */
  appId: string | null;
}

export interface EnvironmentSettingsView {
  id: EnvironmentId;
  label: string;
  /** null for the embedded emulator, which needs none. */
  baseUrl: string | null;
  defaultBaseUrl: string | null;
  /** null for the embedded emulator, which has its own key. */
  key: KeyView | null;
  /** The prefix this environment's key must start with (the key's format is `PREFIX:ID:SECRET`); null without one. */
  keyPrefix: 'TEST_API_KEY' | 'LIVE_API_KEY' | null;
  /** "Show developer details" on the Customer view, remembered per environment. */
  developerDetails: boolean;
}

export interface SettingsView {
  active: EnvironmentId;
  environments: EnvironmentSettingsView[];
  /** Open cases in the active environment (switching closes them, after the agent confirms). */
  openCases: number;
  /** Written into every case; defaults to the OS user name. */
  agentName: string;
}
