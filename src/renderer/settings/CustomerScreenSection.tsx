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
    <section className="panel customer-screen-settings" aria-labelledby="customer-screen-heading">
      <h2 id="customer-screen-heading">Customer screen</h2>
      <p className="muted">
        Where the customer types their PIN: over this console (Off), or in a window of their own that you never see
        into.
      </p>
      <label htmlFor="customer-screen">Customer screen</label>
      <select
        id="customer-screen"
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
      <label htmlFor="customer-greeting">Greeting on the customer screen</label>
      <div className="field-row">
        <input id="customer-greeting" value={greeting} maxLength={80} onChange={(e) => setGreeting(e.target.value)} />
        <button type="button" className="secondary" disabled={busy} onClick={() => void saveGreeting(greeting)}>
          Save greeting
        </button>
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
