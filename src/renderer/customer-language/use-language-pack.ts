import { useEffect, useState } from 'react';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { LanguagePack } from './language-pack';

export interface LoadedPack {
  language: CustomerLanguage;
  pack: LanguagePack;
}

/**
 * The last pack loaded for `language` as it changes: while a new language's pack is on its way, the previous one
 * stays (a screen keeps speaking one language rather than flashing another). Null until the first has loaded, or
 * when it could not be (said in the console).
 */
export function useLoadedLanguagePack(language: CustomerLanguage | null): LoadedPack | null {
  const [loaded, setLoaded] = useState<LoadedPack | null>(null);
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
  return loaded;
}

/** The pack of `language` once loaded; null meanwhile (nothing of another language is shown in its place). */
export function useLanguagePack(language: CustomerLanguage | null): LanguagePack | null {
  const loaded = useLoadedLanguagePack(language);
  return loaded && loaded.language === language ? loaded.pack : null;
}
