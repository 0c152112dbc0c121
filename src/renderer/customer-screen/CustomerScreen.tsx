import { useEffect } from 'react';
import { useLoadedLanguagePack } from '../customer-language/use-language-pack';
import { customerWords, englishCustomerWords, greetingOf, problemWords } from './customer-words';
import { useCustomerWindow } from './use-customer-window';

/**
 * The customer's own screen: the organisation's greeting and what is happening in plain words, large and high in
 * contrast for someone standing at a counter, in the customer's language. Circle's window, when a case runs, is the
 * web SDK's frame over it.
 */
export function CustomerScreen() {
  const { view, pinWindow, problem } = useCustomerWindow();
  // Until a new language's words are here (a moment, from the app's own origin) the last ones stay; English first.
  const loaded = useLoadedLanguagePack(view.language);
  const language = loaded?.language ?? 'en';
  const shown = loaded?.pack.customerScreen ?? englishCustomerWords;
  const words = problem ? problemWords(shown) : customerWords(view, pinWindow, shown);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <div className="customer-screen" data-view={view.kind} data-language={language}>
      <header className="customer-greeting">
        <h1>{greetingOf(view, shown)}</h1>
      </header>
      <main className="customer-status">
        <p role="status" className="customer-headline">
          {words.headline}
        </p>
        {words.detail && <p className="customer-detail">{words.detail}</p>}
      </main>
    </div>
  );
}
