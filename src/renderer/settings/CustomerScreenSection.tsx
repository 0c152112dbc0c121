import '../ui/visual-system.css';
import './settings.css';
import { useEffect, useState } from 'react';
import { choiceKey, useCustomerScreenSetting } from './use-customer-screen-setting';

/**
 * Settings → Customer screen: where Circle's window runs for a customer at the desk. Off opens it over the console;
 * otherwise a customer window, beside the console or on a display of its own, remembered on this machine.
 */
export function CustomerScreenSection() {
  const { settings, problem, busy, choose, saveGreeting } = useCustomerScreenSetting();
  const [greeting, setGreeting] = useState('');
  useEffect(() => setGreeting(settings?.greeting ?? ''), [settings?.greeting]);
  if (!settings) {
    return problem ? (
      <p role="alert" className="alert">
        {problem.message}
      </p>
    ) : null;
  }
  return (
    <section className="panel settings-section" aria-labelledby="customer-screen-heading">
      <h3 id="customer-screen-heading" className="section-title">
        Customer screen
      </h3>
      <p className="lead">
        Where the customer types their PIN: over this console (Off), or in a window of their own that you never see
        into.
      </p>
      <div className="settings-fields">
        <div className="field">
          <label htmlFor="customer-screen">Customer screen</label>
          <select
            id="customer-screen"
            className="control"
            value={choiceKey(settings.choice)}
            disabled={busy}
            onChange={(event) => {
              const chosen = settings.options.find((option) => choiceKey(option.choice) === event.target.value);
              if (chosen) void choose(chosen.choice);
            }}
          >
            {settings.options.map((option) => (
              <option key={choiceKey(option.choice)} value={choiceKey(option.choice)}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="customer-greeting">Greeting on the customer screen</label>
          <div className="button-row">
            <input
              id="customer-greeting"
              className="control"
              value={greeting}
              maxLength={80}
              onChange={(event) => setGreeting(event.target.value)}
            />
            <button type="button" className="secondary" disabled={busy} onClick={() => void saveGreeting(greeting)}>
              Save greeting
            </button>
          </div>
        </div>
      </div>
      {settings.notice && <p className="notice">{settings.notice}</p>}
      {problem && (
        <p role="alert" className="alert">
          {problem.message}
        </p>
      )}
    </section>
  );
}
