import { useCallback, useEffect, useState } from 'react';
import type { ConnectionSaveResult } from '../../shared/contract/connection-form';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { SettingsView } from '../../shared/environment/settings-view';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** Each change answers with what went wrong (null: nothing), so the form that asked can say it beside its control. */
export interface SettingsModel {
  view: SettingsView | null;
  /** Why the settings could not be read at all. */
  loadProblem: IpcError | null;
  busy: boolean;
  switchTo(environment: EnvironmentId, closeOpenCases: boolean): Promise<IpcError | null>;
  saveConnection(environment: EnvironmentId, baseUrl: string, apiKey: string): Promise<ConnectionSaveResult | IpcError>;
  forgetKey(environment: EnvironmentId): Promise<IpcError | null>;
  setAgentName(agentName: string): Promise<IpcError | null>;
  setDeveloperDetails(environment: EnvironmentId, show: boolean): Promise<IpcError | null>;
}

/**
 * Settings through main; every change answers with the whole new view. `onEnvironmentChanged` tells the rest of the
 * app when what the active environment is, or how it is reached, may have changed.
 */
export function useSettings(onEnvironmentChanged: () => void): SettingsModel {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadProblem, setLoadProblem] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    unwrap(pinDeskBridge().settings.get()).then(setView, (error: unknown) => setLoadProblem(ipcErrorOf(error)));
  }, []);

  /** One request at a time; its answer's view is shown, and the app told when the environment may have changed. */
  const run = useCallback(
    async <T>(
      request: () => Promise<T>,
      viewOf: (value: T) => SettingsView,
      environmentMoved: (value: T) => boolean,
    ) => {
      setBusy(true);
      try {
        const value = await request();
        setView(viewOf(value));
        if (environmentMoved(value)) onEnvironmentChanged();
        return { value, error: null };
      } catch (error) {
        return { value: null, error: ipcErrorOf(error) };
      } finally {
        setBusy(false);
      }
    },
    [onEnvironmentChanged],
  );

  const bridge = pinDeskBridge();
  const same = (next: SettingsView) => next;
  const activeWas = view?.active;
  return {
    view,
    loadProblem,
    busy,
    switchTo: async (environment, closeOpenCases) =>
      (
        await run(
          () => unwrap(bridge.settings.setEnvironment({ environment, closeOpenCases })),
          same,
          () => true,
        )
      ).error,
    saveConnection: async (environment, baseUrl, apiKey) => {
      const answer = await run(
        () => unwrap(bridge.settings.saveConnection({ environment, baseUrl, apiKey })),
        (result) => result.view,
        (result) => result.saved && (environment === activeWas || result.view.active !== activeWas),
      );
      return answer.error ?? (answer.value as ConnectionSaveResult);
    },
    forgetKey: async (environment) =>
      (
        await run(
          () => unwrap(bridge.settings.forgetKey({ environment })),
          same,
          (next) => next.active !== activeWas,
        )
      ).error,
    setAgentName: async (agentName) =>
      (
        await run(
          () => unwrap(bridge.settings.setAgentName({ agentName })),
          same,
          () => false,
        )
      ).error,
    // A view setting: shown at once (a checkbox answers its click); main's answer confirms it.
    setDeveloperDetails: async (environment, show) => {
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
        return null;
      } catch (error) {
        return ipcErrorOf(error);
      }
    },
  };
}
