import { useCallback, useEffect, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import type { IpcError } from '../../shared/contract/ipc-result';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export interface EnvironmentView {
  status: EnvironmentStatus | null;
  problem: IpcError | null;
  resettingEmulator: boolean;
  /** Said once a reset is done, next to the button. */
  resetDone: string | null;
  /** `closeOpenCases`: the agent confirmed, after main said cases were open. */
  resetEmulator(closeOpenCases?: boolean): void;
  /** Reads the status again (after a view setting changed), without restarting the views. */
  refresh(): void;
}

/** `onReset`: the emulator was reset (its cases closed), so views that show cases start again. */
export function useEnvironmentStatus(generation: number, onReset: () => void): EnvironmentView {
  const [status, setStatus] = useState<EnvironmentStatus | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [resettingEmulator, setResetting] = useState(false);
  const [resetDone, setResetDone] = useState<string | null>(null);
  const [reads, setReads] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation or read means: read again.
  useEffect(() => {
    let current = true;
    unwrap(pinDeskBridge().environment.status()).then(
      (next) => current && setStatus(next),
      (error: unknown) => current && setProblem(ipcErrorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [generation, reads]);

  const resetEmulator = useCallback(
    (closeOpenCases = false) => {
      setResetting(true);
      setResetDone(null);
      unwrap(pinDeskBridge().emulator.reset({ closeOpenCases }))
        .then(
          (next) => {
            setStatus(next);
            setProblem(null);
            setResetDone('Emulator reset: the seeded users are back.');
            onReset();
          },
          (error: unknown) => setProblem(ipcErrorOf(error)),
        )
        .finally(() => setResetting(false));
    },
    [onReset],
  );

  const refresh = useCallback(() => setReads((value) => value + 1), []);
  return { status, problem, resettingEmulator, resetDone, resetEmulator, refresh };
}
