// The live case as React state: the controller (live-case-controller.ts) driven by main's events.
import { useEffect, useReducer, useRef, useState } from 'react';
import type { CustomerScreenStatus } from '../../shared/customer-screen/customer-screen';
import { pinDeskBridge } from '../bridge/pin-desk-client';
import { createLiveCaseController, type LiveCaseActions } from './live-case-controller';
import {
  isExpiry,
  type LiveCaseChoices,
  type LiveCaseState,
  liveCaseChoices,
  liveCaseReducer,
} from './live-case-state';
import { useCustomerScreenStatus } from './use-customer-screen-status';

export function useLiveCase(): {
  state: LiveCaseState;
  choices: LiveCaseChoices;
  actions: LiveCaseActions;
  customerScreen: CustomerScreenStatus | null;
} {
  const [state, dispatch] = useReducer(liveCaseReducer, { phase: 'idle' });
  const latest = useRef(state);
  latest.current = state;
  const customerScreen = useCustomerScreenStatus();
  const screenOn = useRef(customerScreen?.on);
  screenOn.current = customerScreen?.on;
  const [actions] = useState(() =>
    createLiveCaseController(
      dispatch,
      () => latest.current,
      () => screenOn.current !== false,
    ),
  );

  useEffect(() => {
    const stopScreen = pinDeskBridge().customerScreen.onChanged(actions.fromCustomerScreen);
    const stopRefusals = pinDeskBridge().liveCase.onCircleWindowRefused(actions.circleWindowRefused);
    const unsubscribe = pinDeskBridge().challenge.onUpdated((update) => {
      dispatch({ type: 'update', update });
      const state = latest.current;
      // An expired challenge (EXPIRED, or FAILED with 155121 as Circle reports it) leaves the customer nothing to do.
      if (isExpiry(update) && state.phase === 'active' && state.caseId === update.caseId) actions.closeWindow();
    });
    const unsubscribeRefusals = pinDeskBridge().liveCase.onTokenRefused((refused) => {
      const refusal = { code: refused.code, message: refused.message };
      dispatch({ type: 'token-refused', caseId: refused.caseId, refusal });
      // The window can do nothing with a dead token, and it would cover the prompt for a new one.
      const state = latest.current;
      if (state.phase === 'active' && state.caseId === refused.caseId) actions.closeWindow();
    });
    return () => {
      stopScreen();
      stopRefusals();
      unsubscribe();
      unsubscribeRefusals();
      actions.dispose();
    };
  }, [actions]);

  return { state, choices: liveCaseChoices(state), actions, customerScreen };
}
