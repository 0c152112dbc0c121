// The languages a customer can be served in: Circle's window (through the web SDK's `setLocalizations`), the customer
// screen's own words, and the lines the agent reads out for errors Circle's page draws in English. One closed list of
// BCP 47 tags: main validates every start against it, and a translation ships for each.

export const customerLanguages = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-Hans'] as const;
export type CustomerLanguage = (typeof customerLanguages)[number];

/** English is Circle's own: its window draws its own words, and the agent speaks it. */
export const defaultCustomerLanguage: CustomerLanguage = 'en';

/** Each language as the agent reads it (in English) and as the customer reads it (in itself). */
export const customerLanguageNames: Readonly<Record<CustomerLanguage, { english: string; native: string }>> = {
  en: { english: 'English', native: 'English' },
  es: { english: 'Spanish', native: 'Español' },
  fr: { english: 'French', native: 'Français' },
  de: { english: 'German', native: 'Deutsch' },
  'pt-BR': { english: 'Portuguese (Brazil)', native: 'Português (Brasil)' },
  ja: { english: 'Japanese', native: '日本語' },
  'zh-Hans': { english: 'Simplified Chinese', native: '简体中文' },
};

export function isCustomerLanguage(value: unknown): value is CustomerLanguage {
  return typeof value === 'string' && (customerLanguages as readonly string[]).includes(value);
}

/** The select's label for a language: "Spanish — Español", English once. */
export function customerLanguageLabel(language: CustomerLanguage): string {
  const { english, native } = customerLanguageNames[language];
  return english === native ? english : `${english} — ${native}`;
}
