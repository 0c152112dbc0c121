// Circle's window in the customer's language, through the web SDK's own `setLocalizations`. The SDK is one instance
// per page that keeps what it was last given, so every run sets it: English (Circle's own language) clears it, so the
// page draws its own words; any other language gives the pack's texts for every screen a PIN flow shows.
import { type CustomerLanguage, defaultCustomerLanguage } from '../../shared/customer-language/customer-languages';
import { loadLanguagePack } from '../customer-language/load-language-pack';
import type { Localizations } from '../customer-language/pin-flow-localizations';

export async function applyCustomerLanguage(
  sdk: { setLocalizations(localizations: Localizations): void },
  language: CustomerLanguage = defaultCustomerLanguage,
): Promise<void> {
  if (language === defaultCustomerLanguage) {
    sdk.setLocalizations({});
    return;
  }
  let localizations: Localizations = {};
  try {
    localizations = (await loadLanguagePack(language)).circleWindow;
  } catch (error) {
    // The customer can still change their PIN, in Circle's English; the agent's guidance names the language chosen.
    console.warn(`Circle's window stays in English: the ${language} texts could not be loaded (${String(error)})`);
  }
  sdk.setLocalizations(localizations);
}
