import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { TeamLogSaveResult, TeamLogSettingsView, TeamLogTestResult } from '../../shared/team-log/team-log-records';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import { formRequest, type TeamLogFormState } from './team-log-form';

/** Settings → Team case log through main: the saved view (never the password), save, and Test connection. */
export function useTeamLogSettings() {
  const [view, setView] = useState<TeamLogSettingsView | null>(null);
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    unwrap(pinDeskBridge().teamLog.get({})).then(setView, (error: unknown) => setFailure(ipcErrorOf(error)));
  }, []);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    try {
      const result = await work();
      setFailure(null);
      return result;
    } catch (error) {
      setFailure(ipcErrorOf(error));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const save = (form: TeamLogFormState): Promise<TeamLogSaveResult | null> =>
    run(async () => {
      const result = await unwrap(pinDeskBridge().teamLog.save(formRequest(form)));
      setView(result.view);
      return result;
    });
  const test = (form: TeamLogFormState): Promise<TeamLogTestResult | null> =>
    run(() => unwrap(pinDeskBridge().teamLog.test(formRequest(form))));

  return { view, failure, busy, save, test };
}
