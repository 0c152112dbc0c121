import type { SettingsView } from '../environment/settings-view';

/** What is wrong with each field of Settings' connection form (base URL and API key), in words for the agent. */
export interface ConnectionProblems {
  baseUrl?: string;
  apiKey?: string;
}

/**
 * The answer to saving the connection form: saved, or not with a problem beside each field that has one (nothing is
 * stored then). Either way the settings as they now are.
 */
export interface ConnectionSaveResult {
  saved: boolean;
  problems: ConnectionProblems;
  view: SettingsView;
}
