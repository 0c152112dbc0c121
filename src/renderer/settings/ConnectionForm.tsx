import { type FormEvent, useState } from 'react';
import type { ConnectionProblems } from '../../shared/contract/connection-form';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentSettingsView } from '../../shared/environment/settings-view';
import { shownBaseUrl } from './base-url-draft';
import { baseUrlHint, keyFormatHint } from './environment-words';
import type { SettingsModel } from './use-settings';

/**
 * An environment's base URL and API key: one form, one Save that checks them together (in main). A problem shows
 * beside its field and the field keeps what was typed; the key goes to main once and never comes back.
 */
export function ConnectionForm({
  environment,
  settings,
}: {
  environment: EnvironmentSettingsView;
  settings: SettingsModel;
}) {
  const [baseUrlText, setBaseUrlText] = useState<string | null>(null);
  const [apiKey, setApiKey] = useState('');
  const [problems, setProblems] = useState<ConnectionProblems>({});
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const key = environment.key;
  if (!key) return null;
  const baseUrl = shownBaseUrl(
    baseUrlText === null ? null : { environment: environment.id, text: baseUrlText },
    environment,
  );
  const changed = baseUrlText !== null || apiKey !== '';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const answer = await settings.saveConnection(environment.id, baseUrl, apiKey);
    if ('code' in answer) {
      setFailure(answer);
      return;
    }
    setFailure(null);
    setProblems(answer.problems);
    if (!answer.saved) return;
    // Saved: the field shows main's (normalised) URL, and the key is gone from this window.
    setBaseUrlText(null);
    setApiKey('');
    setMessage(apiKey.trim() ? 'Saved: the key works with this address.' : 'Saved.');
  };
  const discard = () => {
    setBaseUrlText(null);
    setApiKey('');
    setProblems({});
    setFailure(null);
  };
  const forget = async () => {
    setMessage(null);
    const error = await settings.forgetKey(environment.id);
    setFailure(error);
    if (!error) setMessage('Key forgotten.');
  };
  const describedBy = (field: 'base-url' | 'api-key', problem: string | undefined) =>
    [`${field}-hint`, problem ? `${field}-problem` : null].filter(Boolean).join(' ');
  const keyHint = keyFormatHint(environment);

  return (
    <form className="settings-form" onSubmit={save} noValidate aria-label={`${environment.label} connection`}>
      <div className="field">
        <label htmlFor="base-url">Base URL</label>
        <input
          id="base-url"
          className="control"
          type="url"
          value={baseUrl}
          maxLength={500}
          spellCheck={false}
          aria-invalid={problems.baseUrl ? true : undefined}
          aria-describedby={describedBy('base-url', problems.baseUrl)}
          onChange={(event) => setBaseUrlText(event.target.value)}
        />
        <p id="base-url-hint" className="field-hint">
          {baseUrlHint(environment)}
        </p>
        {problems.baseUrl && (
          <p id="base-url-problem" className="field-problem">
            {problems.baseUrl}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          className="control"
          type="password"
          autoComplete="off"
          spellCheck={false}
          maxLength={400}
          value={apiKey}
          placeholder={environment.keyPrefix ? `${environment.keyPrefix}:…:…` : undefined}
          aria-invalid={problems.apiKey ? true : undefined}
          aria-describedby={describedBy('api-key', problems.apiKey)}
          onChange={(event) => setApiKey(event.target.value)}
        />
        <p id="api-key-hint" className="field-hint">
          {keyHint}
        </p>
        {problems.apiKey && (
          <p id="api-key-problem" className="field-problem">
            {problems.apiKey}
          </p>
        )}
      </div>
      <p className="key-status" data-testid="key-status">
        {key.stored
          ? `Key ending …${key.hint} (the last 4 characters of its middle, ID part) · App ID ${key.appId ?? 'unknown'} · ${
              key.storage === 'encrypted' ? 'stored encrypted by the system' : 'kept for this session only'
            }`
          : 'No key saved.'}
      </p>
      {key.storageReason && <p className="notice">{key.storageReason}</p>}
      <div className="button-row">
        <button type="submit" disabled={settings.busy || !changed}>
          Save
        </button>
        {changed && (
          <button type="button" className="secondary" onClick={discard}>
            Discard changes
          </button>
        )}
        <button
          type="button"
          className="secondary"
          disabled={settings.busy || !key.stored}
          onClick={() => void forget()}
        >
          Forget key
        </button>
        <span className="row-message" aria-live="polite">
          {message}
        </span>
      </div>
      {failure && (
        <p role="alert" className="alert">
          {failure.message}
        </p>
      )}
    </form>
  );
}
