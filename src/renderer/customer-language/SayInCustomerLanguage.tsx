import { type CustomerLanguage, customerLanguageName } from '../../shared/customer-language/customer-languages';
import { circleDrawnError } from './circle-drawn-errors';
import { useLanguagePack } from './use-language-pack';

/**
 * For an error Circle's window draws in its own English (a wrong or weak PIN, a mismatch, wrong answers): what it
 * means, to say in the customer's language. Nothing for any other code.
 */
export function SayInCustomerLanguage({ language, code }: { language: CustomerLanguage; code: number }) {
  const drawn = circleDrawnError(code);
  const pack = useLanguagePack(drawn ? language : null);
  if (!drawn || !pack) return null;
  return (
    <p className="tell-customer-translated" data-testid="say-in-customer-language">
      Circle’s window says this in English. Say in {customerLanguageName(language)}:{' '}
      <q lang={language}>{pack.circleErrors[drawn]}</q>
    </p>
  );
}
