import { lazy, Suspense } from 'react';
import {
  type CustomerLanguage,
  customerLanguageName,
  defaultCustomerLanguage,
} from '../../shared/customer-language/customer-languages';

// Only a customer served in another language ever needs it: loaded then, so the first screen stays light.
const SayInCustomerLanguage = lazy(() =>
  import('./SayInCustomerLanguage').then((module) => ({ default: module.SayInCustomerLanguage })),
);

/** "Tell the customer:", naming the customer's language when it is not the agent's English. */
export function tellTheCustomerLabel(language: CustomerLanguage = defaultCustomerLanguage): string {
  return language === defaultCustomerLanguage
    ? 'Tell the customer:'
    : `Tell the customer (in ${customerLanguageName(language)}):`;
}

/**
 * The one "Tell the customer" line: the words in the agent's English, the customer's language named beside them. For
 * an error Circle's window draws in English (`code`), the line to say in the customer's language follows.
 */
export function TellTheCustomer({
  words,
  language = defaultCustomerLanguage,
  code = null,
}: {
  words: string;
  language?: CustomerLanguage | undefined;
  code?: number | null;
}) {
  return (
    <>
      <p className="tell-customer">
        <strong>{tellTheCustomerLabel(language)}</strong> {words}
      </p>
      {language !== defaultCustomerLanguage && code !== null && (
        <Suspense fallback={null}>
          <SayInCustomerLanguage language={language} code={code} />
        </Suspense>
      )}
    </>
  );
}
