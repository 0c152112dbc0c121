import { useCallback, useEffect, useState } from 'react';
import type { AppLookSaveResult, AppLookView } from '../../shared/app-look/app-look';
import type { InputOf } from '../../shared/contract/ipc-contract';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentId } from '../../shared/environment/environments';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

type Without<T> = T extends unknown ? Omit<T, 'environment'> : never;
export type QuestionsSave = Without<InputOf<'settings:saveSecurityQuestions'>>;
export type LookSave = InputOf<'settings:saveCircleWindowLook'>['look'];

export interface AppLookModel {
  view: AppLookView | null;
  /** A failure of main itself (the refusals of a field come back in the save's `problems`). */
  problem: IpcError | null;
  busy: boolean;
  saveQuestions(input: QuestionsSave): Promise<AppLookSaveResult | null>;
  saveLook(look: LookSave): Promise<AppLookSaveResult | null>;
  saveHosts(hosts: string[]): Promise<AppLookSaveResult | null>;
}

/** One environment's app look through main, which checks and keeps it; every save answers with the view. */
export function useAppLook(environment: EnvironmentId): AppLookModel {
  const [view, setView] = useState<AppLookView | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    unwrap(pinDeskBridge().settings.appLook({ environment })).then(setView, (error: unknown) =>
      setProblem(ipcErrorOf(error)),
    );
  }, [environment]);

  const run = useCallback(async (request: () => Promise<AppLookSaveResult>) => {
    setBusy(true);
    try {
      const result = await request();
      setView(result.view);
      setProblem(null);
      return result;
    } catch (error) {
      setProblem(ipcErrorOf(error));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const settings = pinDeskBridge().settings;
  return {
    view,
    problem,
    busy,
    saveQuestions: (input) => run(() => unwrap(settings.saveSecurityQuestions({ ...input, environment }))),
    saveLook: (look) => run(() => unwrap(settings.saveCircleWindowLook({ environment, look }))),
    saveHosts: (hosts) => run(() => unwrap(settings.saveAssetHosts({ environment, hosts }))),
  };
}
