import { useEffect, useState } from 'react';
import type { CustomerScreenStatus } from '../../shared/customer-screen/customer-screen';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** Whether the customer screen is on and where its window is, as main says (null until it has said). */
export function useCustomerScreenStatus(): CustomerScreenStatus | null {
  const [status, setStatus] = useState<CustomerScreenStatus | null>(null);
  useEffect(() => {
    const bridge = pinDeskBridge();
    let heard = false;
    const unsubscribe = bridge.customerScreen.onChanged((event) => {
      if (event.type !== 'status') return;
      heard = true;
      setStatus(event.status);
    });
    unwrap(bridge.customerScreen.status()).then(
      (first) => {
        if (!heard) setStatus(first);
      },
      // Unknown: the console runs Circle's window here, as it does with the customer screen off.
      () => setStatus((known) => known ?? { on: false, placedOn: null, notice: null }),
    );
    return unsubscribe;
  }, []);
  return status;
}
