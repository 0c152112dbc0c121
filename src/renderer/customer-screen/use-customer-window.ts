import { useEffect, useState } from 'react';
import { unwrap } from '../bridge/pin-desk-client';
import { prefetchW3sSdkWhenIdle } from '../circle-window/w3s-sdk';
import { type CustomerWindowState, createCustomerWindowController } from './customer-window-controller';

const waiting: CustomerWindowState = {
  view: { kind: 'idle', greeting: '', language: 'en' },
  pinWindow: 'loading',
  problem: false,
};

/** The customer window's state: what main shows it, and Circle's window run on it. */
export function useCustomerWindow(): CustomerWindowState {
  const [state, setState] = useState(waiting);
  useEffect(() => {
    const bridge = window.pinDeskCustomer;
    const controller = createCustomerWindowController(bridge, setState);
    const unsubscribe = bridge.customerWindow.onChanged((view) => controller.show(view));
    unwrap(bridge.customerWindow.showing()).then(controller.show, (error: unknown) => {
      console.warn(`customer screen: ${String(error)}`);
      setState((current) => ({ ...current, problem: true }));
    });
    prefetchW3sSdkWhenIdle();
    return () => {
      unsubscribe();
      controller.dispose();
    };
  }, []);
  return state;
}
