import {
  type CustomerLanguage,
  defaultCustomerLanguage,
  isCustomerLanguage,
} from '../../shared/customer-language/customer-languages';
import type { SettingsPort } from './settings-port';

export const customerLanguageKey = 'customer.language';

/** Settings → Customer's language: the language a new customer is served in until the agent picks another. */
export function savedCustomerLanguage(settings: SettingsPort): CustomerLanguage {
  const saved = settings.get(customerLanguageKey);
  // Anything else in the file (an edit by hand, a tag no longer offered) reads as English.
  return isCustomerLanguage(saved) ? saved : defaultCustomerLanguage;
}

export function saveCustomerLanguage(
  settings: SettingsPort,
  language: CustomerLanguage,
): { language: CustomerLanguage } {
  settings.set(customerLanguageKey, language);
  return { language };
}
