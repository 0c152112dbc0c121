import { useEffect, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import {
  type CustomerLanguage,
  customerLanguageName,
  customerLanguages,
} from '../../shared/customer-language/customer-languages';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** Settings → Customer's language: the language each new customer starts in (the agent can pick another per customer). */
export function CustomerLanguageSection({ onSaved }: { onSaved: () => void }) {
  const [language, setLanguage] = useState<CustomerLanguage | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    unwrap(pinDeskBridge().settings.customerLanguage()).then(
      (saved) => setLanguage(saved.language),
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  }, []);
  const save = async (chosen: CustomerLanguage) => {
    setMessage(null);
    try {
      setLanguage((await unwrap(pinDeskBridge().settings.setCustomerLanguage({ language: chosen }))).language);
      setProblem(null);
      setMessage('Saved.');
      // The Customer view reads the default with the environment's status.
      onSaved();
    } catch (error) {
      setProblem(ipcErrorOf(error));
    }
  };
  return (
    <section className="panel" aria-labelledby="customer-language-heading">
      <h3 id="customer-language-heading" className="section-title">
        Customer’s language
      </h3>
      <div className="field settings-inline-field">
        <label htmlFor="default-customer-language">Default customer language</label>
        <div className="button-row">
          <select
            id="default-customer-language"
            className="control"
            value={language ?? ''}
            disabled={language === null}
            aria-describedby="default-customer-language-hint"
            // The options are the list's own tags (and main checks again).
            onChange={(event) => void save(event.target.value as CustomerLanguage)}
          >
            {language === null && <option value="">Loading…</option>}
            {customerLanguages.map((tag) => (
              <option key={tag} value={tag}>
                {customerLanguageName(tag)}
              </option>
            ))}
          </select>
          <span className="row-message" aria-live="polite">
            {message}
          </span>
        </div>
        <p id="default-customer-language-hint" className="field-hint">
          Each new customer starts in it: Circle’s window and the customer screen speak it. Change it per customer on
          the Customer view. Translations other than English await a native speaker’s review.
        </p>
        {problem && <p className="field-problem">{problem.message}</p>}
      </div>
    </section>
  );
}
