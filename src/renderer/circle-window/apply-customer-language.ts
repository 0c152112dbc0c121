// Circle's window in the customer's language, through the web SDK's own `setLocalizations`. The SDK is one instance
// per page that keeps what it was last given, so every run sets it: English (Circle's own language) clears it, so the
// page draws its own words; any other language gives the pack's texts for every screen a PIN flow shows.
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { Localizations } from '../customer-language/pin-flow-localizations';

export async function applyCustomerLanguage(
  sdk: { setLocalizations(localizations: Localizations): void },
  language: CustomerLanguage | undefined,
): Promise<void> {
  // English (defaultCustomerLanguage; written out so this chunk needs nothing of the first screen's).
  if (language === undefined || language === 'en') return sdk.setLocalizations({});
  // The loader and its packs are chunks of their own: nothing of any language is in the console's first screen.
  const { circleWindowTexts } = await import('../customer-language/load-language-pack');
  sdk.setLocalizations(await circleWindowTexts(language));
}
