import { useCallback, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { CustomerLookup } from '../../shared/lookup/customer-lookup';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export type LookupState =
  | { status: 'none' }
  | { status: 'looking'; userId: string }
  | { status: 'found'; userId: string; lookup: CustomerLookup }
  | { status: 'failed'; userId: string; error: IpcError };

export function useCustomerLookup(): { lookup: LookupState; lookUp(userId: string): void; clear(): void } {
  const [lookup, setLookup] = useState<LookupState>({ status: 'none' });
  const lookUp = useCallback((userId: string) => {
    setLookup({ status: 'looking', userId });
    unwrap(pinDeskBridge().customer.lookup({ userId })).then(
      (found) => setLookup({ status: 'found', userId, lookup: found }),
      (error: unknown) => setLookup({ status: 'failed', userId, error: ipcErrorOf(error) }),
    );
  }, []);
  const clear = useCallback(() => setLookup({ status: 'none' }), []);
  return { lookup, lookUp, clear };
}
