import { useCallback, useEffect, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import type { IpcError } from '../../shared/contract/ipc-result';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export interface EnvironmentView {
  status: EnvironmentStatus | null;
  problem: IpcError | null;
  resettingEmulator: boolean;
  /** `closeOpenCases`: the agent confirmed, after main said cases were open. */
  resetEmulator(closeOpenCases?: boolean): void;
}

/** `onReset`: the emulator was reset (its cases closed), so views that show cases start again. */
export function useEnvironmentStatus(generation: number, onReset: () => void): EnvironmentView {
  const [status, setStatus] = useState<EnvironmentStatus | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [resettingEmulator, setResetting] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation means the environment changed: read again.
  useEffect(() => {
    let current = true;
    unwrap(pinDeskBridge().environment.status()).then(
      (next) => current && setStatus(next),
      (error: unknown) => current && setProblem(ipcErrorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const resetEmulator = useCallback(
    (closeOpenCases = false) => {
      setResetting(true);
      unwrap(pinDeskBridge().emulator.reset({ closeOpenCases }))
        .then(
          (next) => {
            setStatus(next);
            setProblem(null);
            onReset();
          },
          (error: unknown) => setProblem(ipcErrorOf(error)),
        )
        .finally(() => setResetting(false));
    },
    [onReset],
  );

  return { status, problem, resettingEmulator, resetEmulator };
}
