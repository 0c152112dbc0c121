import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { CustomerScreenChoice, CustomerScreenSettings } from '../../shared/customer-screen/customer-screen';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** A choice as a select's option value: `off`, `same-display`, `display:<id>`. */
export function choiceKey(choice: CustomerScreenChoice): string {
  return choice.kind === 'display' ? `display:${choice.displayId}` : choice.kind;
}

export interface CustomerScreenSettingModel {
  settings: CustomerScreenSettings | null;
  problem: IpcError | null;
  busy: boolean;
  choose(choice: CustomerScreenChoice): Promise<void>;
  saveGreeting(greeting: string): Promise<void>;
}

/** Settings → Customer screen, through main (which keeps it per machine and moves the customer window). */
export function useCustomerScreenSetting(): CustomerScreenSettingModel {
  const [settings, setSettings] = useState<CustomerScreenSettings | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    unwrap(pinDeskBridge().settings.customerScreen()).then(setSettings, (error: unknown) =>
      setProblem(ipcErrorOf(error)),
    );
  }, []);

  const save = useCallback(async (input: { choice: CustomerScreenChoice; greeting?: string }) => {
    setBusy(true);
    try {
      setSettings(await unwrap(pinDeskBridge().settings.setCustomerScreen(input)));
      setProblem(null);
    } catch (error) {
      setProblem(ipcErrorOf(error));
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    settings,
    problem,
    busy,
    choose: (choice) => save({ choice }),
    saveGreeting: (greeting) => save({ choice: settings?.choice ?? { kind: 'off' }, greeting }),
  };
}
