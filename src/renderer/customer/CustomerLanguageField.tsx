import {
  type CustomerLanguage,
  customerLanguageName,
  customerLanguages,
} from '../../shared/customer-language/customer-languages';

/**
 * Which language the customer is served in: Circle's window, the customer screen, and the lines the agent reads out.
 * Fixed while a case is on screen, as the case was started in it.
 */
export function CustomerLanguageField({
  language,
  fixed,
  onPick,
}: {
  language: CustomerLanguage;
  fixed: boolean;
  onPick(language: CustomerLanguage): void;
}) {
  return (
    <div className="customer-language-field">
      <label htmlFor="customer-language">Customer’s language</label>
      <select
        id="customer-language"
        value={language}
        disabled={fixed}
        // The options are the list's own tags.
        onChange={(event) => onPick(event.target.value as CustomerLanguage)}
      >
        {customerLanguages.map((tag) => (
          <option key={tag} value={tag}>
            {customerLanguageName(tag)}
          </option>
        ))}
      </select>
    </div>
  );
}
