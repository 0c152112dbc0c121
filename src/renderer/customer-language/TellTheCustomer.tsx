import {
  type CustomerLanguage,
  customerLanguageNames,
  defaultCustomerLanguage,
} from '../../shared/customer-language/customer-languages';
import { circleDrawnError } from './circle-drawn-errors';
import { useLanguagePack } from './use-language-pack';

/** "Tell the customer:", naming the customer's language when it is not the agent's English. */
export function tellTheCustomerLabel(language: CustomerLanguage = defaultCustomerLanguage): string {
  return language === defaultCustomerLanguage
    ? 'Tell the customer:'
    : `Tell the customer (in ${customerLanguageNames[language].english}):`;
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
  const drawn = language === defaultCustomerLanguage ? null : circleDrawnError(code);
  const pack = useLanguagePack(drawn ? language : null);
  const line = drawn && pack ? pack.circleErrors[drawn] : null;
  return (
    <>
      <p className="tell-customer">
        <strong>{tellTheCustomerLabel(language)}</strong> {words}
      </p>
      {line && (
        <p className="tell-customer-translated" data-testid="say-in-customer-language">
          Circle’s window says this in English. Say in {customerLanguageNames[language].english}:{' '}
          <q lang={language}>{line}</q>
        </p>
      )}
    </>
  );
}
