import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/ipc-contract';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; message: string };

export function useAppInfo(generation = 0): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation means the environment changed: read again.
  useEffect(() => {
    let current = true;
    unwrap(pinDeskBridge().app.info()).then(
      (info) => current && setState({ status: 'ready', info }),
      (error: unknown) =>
        current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [generation]);
  return state;
}
