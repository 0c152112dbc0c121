import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { AppInfo } from '../../shared/contract/ipc-contract';
import { type EnvironmentId, summarizeEnvironment } from '../../shared/environment/environments';

export interface AppInfoSources {
  version: string;
  platform: string;
  activeEnvironment: () => EnvironmentId;
}

export function readAppInfo(sources: AppInfoSources): AppInfo {
  return {
    version: sources.version,
    platform: sources.platform,
    environment: summarizeEnvironment(sources.activeEnvironment()),
  };
}

/** The `app:` channel (main-services.ts puts it in the one map ipc/ registers). */
export function appInfoHandlers(sources: AppInfoSources): HandlersOf<'app:info'> {
  return { 'app:info': () => readAppInfo(sources) };
}
