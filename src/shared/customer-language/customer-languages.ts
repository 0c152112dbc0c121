// The languages a customer can be served in: Circle's window (through the web SDK's `setLocalizations`), the customer
// screen's own words, and the lines the agent reads out for errors Circle's page draws in English. One closed list of
// BCP 47 tags: main validates every start against it, and a translation ships for each.

export const customerLanguages = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-Hans'] as const;
export type CustomerLanguage = (typeof customerLanguages)[number];

/** English is Circle's own: its window draws its own words, and the agent speaks it. */
export const defaultCustomerLanguage: CustomerLanguage = 'en';

/**
 * A language's name in English, for the agent ("Spanish", "Brazilian Portuguese"), from the platform's own CLDR data
 * (Chromium's and Node's ICU), so no table of names ships in the console's first screen.
 */
export function customerLanguageName(language: CustomerLanguage): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
}

export function isCustomerLanguage(value: unknown): value is CustomerLanguage {
  return typeof value === 'string' && (customerLanguages as readonly string[]).includes(value);
}
