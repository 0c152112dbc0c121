import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { SettingsView } from '../../shared/environment/settings-view';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export interface SettingsModel {
  view: SettingsView | null;
  problem: IpcError | null;
  busy: boolean;
  setEnvironment(environment: EnvironmentId, closeOpenCases: boolean): Promise<boolean>;
  setBaseUrl(environment: EnvironmentId, baseUrl: string | null): Promise<boolean>;
  setApiKey(environment: EnvironmentId, apiKey: string): Promise<boolean>;
  forgetKey(environment: EnvironmentId): Promise<boolean>;
  setAgentName(agentName: string): Promise<boolean>;
  setDeveloperDetails(environment: EnvironmentId, show: boolean): Promise<boolean>;
  clearProblem(): void;
}

/** Settings through main; every change answers with the whole new view. `onChanged` refreshes the rest of the app. */
export function useSettings(onChanged: () => void): SettingsModel {
  const [view, setView] = useState<SettingsView | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    unwrap(pinDeskBridge().settings.get()).then(setView, (error: unknown) => setProblem(ipcErrorOf(error)));
  }, []);

  const change = useCallback(
    async (request: () => Promise<SettingsView>): Promise<boolean> => {
      setBusy(true);
      try {
        setView(await request());
        setProblem(null);
        onChanged();
        return true;
      } catch (error) {
        setProblem(ipcErrorOf(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onChanged],
  );

  const bridge = pinDeskBridge();
  return {
    view,
    problem,
    busy,
    setEnvironment: (environment, closeOpenCases) =>
      change(() => unwrap(bridge.settings.setEnvironment({ environment, closeOpenCases }))),
    setBaseUrl: (environment, baseUrl) => change(() => unwrap(bridge.settings.setBaseUrl({ environment, baseUrl }))),
    setApiKey: (environment, apiKey) => change(() => unwrap(bridge.settings.setApiKey({ environment, apiKey }))),
    forgetKey: (environment) => change(() => unwrap(bridge.settings.forgetKey({ environment }))),
    setAgentName: (agentName) => change(() => unwrap(bridge.settings.setAgentName({ agentName }))),
    // A view setting: nothing of the environment changes, so the app is not told to start over.
    setDeveloperDetails: async (environment, show) => {
      // Shown at once (a checkbox answers its click); main's answer confirms it, or the problem says why not.
      setView(
        (current) =>
          current && {
            ...current,
            environments: current.environments.map((entry) =>
              entry.id === environment ? { ...entry, developerDetails: show } : entry,
            ),
          },
      );
      try {
        setView(await unwrap(bridge.settings.setDeveloperDetails({ environment, show })));
        setProblem(null);
        return true;
      } catch (error) {
        setProblem(ipcErrorOf(error));
        return false;
      }
    },
    clearProblem: () => setProblem(null),
  };
}
