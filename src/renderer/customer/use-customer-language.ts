import { useCallback, useEffect, useState } from 'react';
import { type CustomerLanguage, defaultCustomerLanguage } from '../../shared/customer-language/customer-languages';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export interface CustomerLanguageChoice {
  /** The language picked for this customer, or the default from Settings until one is picked. */
  language: CustomerLanguage;
  pick(language: CustomerLanguage): void;
  /** The next customer starts from the default again. */
  forget(): void;
}

/**
 * The customer's language on the Customer view. The default is read from Settings whenever the view comes on screen
 * (Settings may have changed it); what the agent picked stays until the next customer.
 */
export function useCustomerLanguage(visible: boolean): CustomerLanguageChoice {
  const [fallback, setFallback] = useState<CustomerLanguage>(defaultCustomerLanguage);
  const [picked, setPicked] = useState<CustomerLanguage | null>(null);
  useEffect(() => {
    if (!visible) return;
    let current = true;
    unwrap(pinDeskBridge().settings.customerLanguage()).then(
      ({ language }) => {
        if (current) setFallback(language);
      },
      // English stays the default: the agent can still pick the language by hand.
      (error: unknown) => console.warn(`the default customer language could not be read: ${String(error)}`),
    );
    return () => {
      current = false;
    };
  }, [visible]);
  const forget = useCallback(() => setPicked(null), []);
  return { language: picked ?? fallback, pick: setPicked, forget };
}
