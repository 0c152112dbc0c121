import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { NetworkDiagnostics } from '../../shared/diagnostics/network-diagnostics';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export interface NetworkDiagnosticsModel {
  view: NetworkDiagnostics | null;
  problem: IpcError | null;
  copied: boolean;
  refresh(): void;
  copy(): Promise<void>;
}

/** This run's network diagnostics from main; "copy" asks main to put them on the clipboard. */
export function useNetworkDiagnostics(): NetworkDiagnosticsModel {
  const [view, setView] = useState<NetworkDiagnostics | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [copied, setCopied] = useState(false);

  const refresh = useCallback(() => {
    setCopied(false);
    unwrap(pinDeskBridge().diagnostics.get()).then(
      (next) => {
        setView(next);
        setProblem(null);
      },
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  }, []);
  useEffect(refresh, [refresh]);

  return {
    view,
    problem,
    copied,
    refresh,
    copy: async () => {
      try {
        await unwrap(pinDeskBridge().diagnostics.copy());
        setCopied(true);
        setProblem(null);
      } catch (error) {
        setProblem(ipcErrorOf(error));
      }
    },
  };
}
