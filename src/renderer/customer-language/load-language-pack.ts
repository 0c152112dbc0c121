// Each language's pack is its own chunk, fetched only when a customer is served in that language: the console's
// initial JS carries none of them. A pack that failed to load is asked for again next time.
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { LanguagePack } from './language-pack';

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
