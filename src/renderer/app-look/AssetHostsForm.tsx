import { type FormEvent, useState } from 'react';
import type { AppLookModel } from './use-app-look';

/**
 * The environment's allow list for the app's fonts and images, besides Circle's own hosts: main refuses any other
 * host, and Settings → Diagnostics shows this list for the environment in use.
 */
export function AssetHostsForm({ model }: { model: AppLookModel }) {
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!model.view) return null;
  const shown = text ?? model.view.assetHosts.join('\n');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const result = await model.saveHosts(shown.split(/[\s,]+/).filter((host) => host !== ''));
    if (!result) return;
    setProblem(result.problems.assetHosts ?? null);
    if (!result.saved) return;
    setText(null);
    setMessage('Saved.');
  };

  return (
    <form className="settings-form app-look" onSubmit={save} noValidate aria-label="Hosts for fonts and images">
      <div className="field">
        <label htmlFor="asset-hosts">Hosts for fonts and images</label>
        <textarea
          id="asset-hosts"
          className="control"
          rows={2}
          spellCheck={false}
          value={shown}
          placeholder="fonts.example.com"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'asset-hosts-hint asset-hosts-problem' : 'asset-hosts-hint'}
          onChange={(event) => setText(event.target.value)}
        />
        <p id="asset-hosts-hint" className="field-hint">
          One host name a line, besides Circle’s own (circle.com). Https only; never files on this computer.
        </p>
        {problem && (
          <p id="asset-hosts-problem" className="field-problem">
            {problem}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" disabled={model.busy || text === null}>
          Save hosts
        </button>
        <span className="row-message" aria-live="polite">
          {message}
        </span>
      </div>
    </form>
  );
}
