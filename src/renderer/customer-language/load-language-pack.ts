// Each language's pack is its own chunk, fetched only when a customer is served in that language: the console's
// initial JS carries none of them. A pack that failed to load is asked for again next time.
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { LanguagePack } from './language-pack';
import type { Localizations } from './pin-flow-localizations';

type PackModule = Promise<{ pack: LanguagePack }>;

const importers: Readonly<Record<CustomerLanguage, () => PackModule>> = {
  en: () => import('./packs/en'),
  es: () => import('./packs/es'),
  fr: () => import('./packs/fr'),
  de: () => import('./packs/de'),
  'pt-BR': () => import('./packs/pt-BR'),
  ja: () => import('./packs/ja'),
  'zh-Hans': () => import('./packs/zh-Hans'),
};

const loading = new Map<CustomerLanguage, Promise<LanguagePack>>();

export function loadLanguagePack(language: CustomerLanguage): Promise<LanguagePack> {
  let pack = loading.get(language);
  if (!pack) {
    pack = importers[language]().then((module) => module.pack);
    pack.catch(() => loading.delete(language));
    loading.set(language, pack);
  }
  return pack;
}

/**
 * The texts Circle's window is given for `language`. Should they fail to load, the window still runs, in Circle's own
 * English (said in the console); the agent's guidance names the language chosen.
 */
export async function circleWindowTexts(language: CustomerLanguage): Promise<Localizations> {
  try {
    return (await loadLanguagePack(language)).circleWindow;
  } catch (error) {
    console.warn(`Circle's window stays in English: the ${language} texts could not be loaded (${String(error)})`);
    return {};
  }
}
