// Settings → Diagnostics' channels (main-services.ts puts them in the one map ipc/ registers).
import type { HandlersOf } from '../../shared/contract/handlers-of';
import { networkDiagnosticsText } from '../../shared/diagnostics/network-diagnostics';
import { type EnvironmentId, summarizeEnvironment } from '../../shared/environment/environments';
import type { ClipboardPort } from '../case-log/case-log-service';
import type { NetworkDiagnosticsRecorder } from './network-diagnostics-recorder';

export interface DiagnosticsSources {
  /** The network policy's record of this run. */
  recorder: NetworkDiagnosticsRecorder;
  activeEnvironment: () => EnvironmentId;
  /** The hosts an environment's fonts and images may come from (app-look/). */
  assetHosts: (environment: EnvironmentId) => string[];
  clipboard: ClipboardPort;
  /** The app's version, named in the copied text. */
  version: string;
}

export function diagnosticsHandlers(sources: DiagnosticsSources): HandlersOf<'diagnostics:get' | 'diagnostics:copy'> {
  const diagnostics = () => ({
    ...sources.recorder.view(),
    allowedAssetHosts: sources.assetHosts(sources.activeEnvironment()),
  });
  return {
    'diagnostics:get': () => diagnostics(),
    'diagnostics:copy': async () => {
      const environment = summarizeEnvironment(sources.activeEnvironment()).label;
      await sources.clipboard.writeText(
        networkDiagnosticsText(diagnostics(), { environment, version: sources.version }),
      );
      return { copied: true as const };
    },
  };
}
