import type { EnvironmentId } from '../../shared/environment/environments';
import type { EnvironmentSettingsView } from '../../shared/environment/settings-view';

/** What the agent typed in Base URL and has not saved yet, for the environment it was typed for. */
export interface BaseUrlDraft {
  environment: EnvironmentId;
  text: string;
}

/**
 * What the Base URL field shows: the agent's unsaved text for this environment, else the saved (or default) URL. A
 * refresh of the settings view changes the saved value only, so it can never overwrite what is being typed.
 */
export function shownBaseUrl(draft: BaseUrlDraft | null, environment: EnvironmentSettingsView): string {
  if (draft && draft.environment === environment.id) return draft.text;
  return environment.baseUrl ?? environment.defaultBaseUrl ?? '';
}
