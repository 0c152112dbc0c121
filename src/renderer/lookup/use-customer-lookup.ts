import { useCallback, useRef, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { CustomerLookup } from '../../shared/lookup/customer-lookup';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export type LookupState =
  | { status: 'none' }
  | { status: 'looking'; userId: string }
  | { status: 'found'; userId: string; lookup: CustomerLookup }
  | { status: 'failed'; userId: string; error: IpcError };

/**
 * The lookup of one customer. A refresh of the same customer keeps what is shown until the answer comes; an answer
 * for a lookup the agent has since cleared or replaced is dropped, so one customer never shows under another.
 */
export function useCustomerLookup(): {
  lookup: LookupState;
  lookUp(userId: string, options?: { quietly?: boolean }): void;
  clear(): void;
} {
  const [lookup, setLookup] = useState<LookupState>({ status: 'none' });
  const latest = useRef(0);
  const lookUp = useCallback((userId: string, options: { quietly?: boolean } = {}) => {
    const request = ++latest.current;
    if (!options.quietly) setLookup({ status: 'looking', userId });
    const current = () => latest.current === request;
    unwrap(pinDeskBridge().customer.lookup({ userId })).then(
      (found) => current() && setLookup({ status: 'found', userId, lookup: found }),
      (error: unknown) => current() && setLookup({ status: 'failed', userId, error: ipcErrorOf(error) }),
    );
  }, []);
  const clear = useCallback(() => {
    latest.current += 1;
    setLookup({ status: 'none' });
  }, []);
  return { lookup, lookUp, clear };
}
