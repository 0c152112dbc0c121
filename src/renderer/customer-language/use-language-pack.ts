import { useEffect, useState } from 'react';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { LanguagePack } from './language-pack';

/** The pack of `language` once loaded (null meanwhile, or when it could not be loaded: said in the console). */
export function useLanguagePack(language: CustomerLanguage | null): LanguagePack | null {
  const [loaded, setLoaded] = useState<{ language: CustomerLanguage; pack: LanguagePack } | null>(null);
  useEffect(() => {
    if (language === null) return;
    let current = true;
    // The loader (and its map of every pack) is a chunk of its own, fetched with the first pack.
    import('./load-language-pack')
      .then((module) => module.loadLanguagePack(language))
      .then(
        (pack) => {
          if (current) setLoaded({ language, pack });
        },
        (error: unknown) => console.warn(`the ${language} texts could not be loaded: ${String(error)}`),
      );
    return () => {
      current = false;
    };
  }, [language]);
  return loaded && loaded.language === language ? loaded.pack : null;
}
