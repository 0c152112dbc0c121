import { type FormEvent, useEffect, useState } from 'react';
import type { EnvironmentId } from '../../shared/environment/environments';
import { type BaseUrlDraft, shownBaseUrl } from './base-url-draft';
import { useSettings } from './use-settings';

/** Environments, base URLs and API keys. A key goes to main once and never comes back; only its hint does. */
export function SettingsView({
  onEnvironmentChanged,
  onViewSettingsChanged,
}: {
  onEnvironmentChanged: () => void;
  /** A view setting changed ("Show developer details"): the rest of the app reads it again, nothing restarts. */
  onViewSettingsChanged: () => void;
}) {
  const settings = useSettings(onEnvironmentChanged);
  const { view } = settings;
  const [editing, setEditing] = useState<EnvironmentId | null>(null);
  const [baseUrlDraft, setBaseUrlDraft] = useState<BaseUrlDraft | null>(null);
  const [apiKey, setApiKey] = useState('');
  const [pendingSwitch, setPendingSwitch] = useState<EnvironmentId | null>(null);
  const [agentName, setAgentName] = useState('');
  const [agentNameProblem, setAgentNameProblem] = useState<string | null>(null);
  useEffect(() => setAgentName(view?.agentName ?? ''), [view?.agentName]);
  const selected = editing ?? view?.active ?? 'local-emulator';
  const environment = view?.environments.find((entry) => entry.id === selected);

  if (!view || !environment) {
    return settings.problem ? (
      <p role="alert" className="alert">
        {settings.problem.message}
      </p>
    ) : (
      <p className="panel">Loading settings…</p>
    );
  }

  const baseUrl = shownBaseUrl(baseUrlDraft, environment);
  const switchTo = async (id: EnvironmentId, closeOpenCases = false) => {
    setEditing(id);
    setPendingSwitch(null);
    const switched = await settings.setEnvironment(id, closeOpenCases);
    if (switched) setEditing(null);
  };
  const choose = async (id: EnvironmentId) => {
    // Choosing another environment abandons an unsaved base URL (switching to the one shown keeps it).
    if (id !== selected) setBaseUrlDraft(null);
    setPendingSwitch(null);
    // Circle mainnet is live: choosing it shows its settings, and switching is its own deliberate step.
    if (id === 'circle-mainnet') {
      settings.clearProblem();
      setEditing(id);
      return;
    }
    await switchTo(id);
  };
  // Saving a key never switches environment by itself: "Switch to …" does.
  const saveKey = async (event: FormEvent) => {
    event.preventDefault();
    await settings.setApiKey(selected, apiKey);
    setApiKey('');
  };
  const saveAgentName = () => {
    if (agentName.trim() === '') {
      setAgentNameProblem('Enter a name.');
      return;
    }
    setAgentNameProblem(null);
    void settings.setAgentName(agentName);
  };
  const canSwitchHere = view.active !== selected && environment.key?.stored === true;
  const saveBaseUrl = async () => {
    // Main may ask the agent first (a key is only sent where it was checked); a "no" keeps the typed text here. The
    // form stays on this environment even when the console falls back to the local emulator (its key was forgotten).
    const shown = selected;
    if (await settings.setBaseUrl(shown, baseUrl)) {
      setBaseUrlDraft(null);
      setEditing(shown);
    }
  };
  const needsConfirmation = settings.problem?.code === 'cases-open' && editing !== null;

  return (
    <section className="panel settings-view" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <label htmlFor="environment">Environment</label>
      <select
        id="environment"
        value={selected}
        disabled={settings.busy}
        onChange={(event) => void choose(event.target.value as EnvironmentId)}
      >
        {view.environments.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
          </option>
        ))}
      </select>
      <p className="muted">
        Active:{' '}
        <strong data-testid="active-environment">{view.environments.find((e) => e.id === view.active)?.label}</strong>
        {view.openCases > 0 && ` · ${view.openCases} open case${view.openCases === 1 ? '' : 's'}`}
      </p>
      {settings.problem && (
        <div role="alert" className="alert">
          <p>{settings.problem.message}</p>
          {needsConfirmation && (
            <button type="button" onClick={() => setPendingSwitch(editing)}>
              Close open cases and switch
            </button>
          )}
        </div>
      )}
      {pendingSwitch && (
        <p>
          <button type="button" onClick={() => void switchTo(pendingSwitch, true)}>
            Confirm: close cases and switch to {view.environments.find((e) => e.id === pendingSwitch)?.label}
          </button>
        </p>
      )}
      <label htmlFor="agent-name">Agent name</label>
      <div className="field-row">
        <input
          id="agent-name"
          value={agentName}
          maxLength={80}
          aria-invalid={agentNameProblem ? true : undefined}
          aria-describedby={agentNameProblem ? 'agent-name-problem' : undefined}
          onChange={(e) => setAgentName(e.target.value)}
        />
        <button type="button" className="secondary" onClick={saveAgentName}>
          Save name
        </button>
      </div>
      {agentNameProblem && (
        <p id="agent-name-problem" className="field-error">
          {agentNameProblem}
        </p>
      )}
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={environment.developerDetails}
          disabled={settings.busy}
          onChange={(event) =>
            void settings.setDeveloperDetails(selected, event.target.checked).then(onViewSettingsChanged)
          }
        />
        Show developer details
      </label>
      <p className="muted small">
        For {environment.label}: the App ID, request paths, idempotency keys and emulator controls on the Customer view.
        Cases and their exports always keep every detail.
      </p>
      {canSwitchHere && (
        <div className={selected === 'circle-mainnet' ? 'switch-mainnet' : 'switch-environment'}>
          {selected === 'circle-mainnet' && (
            <p>
              <strong>Circle mainnet is live:</strong> real customers and real wallets.
            </p>
          )}
          <button type="button" disabled={settings.busy} onClick={() => void switchTo(selected)}>
            Switch to {environment.label}
          </button>
        </div>
      )}
      {environment.key === null ? (
        <p>The local emulator runs inside PIN Desk with its own key: nothing to configure.</p>
      ) : (
        <div className="settings-fields">
          <label htmlFor="base-url">Base URL</label>
          <div className="field-row">
            <input
              id="base-url"
              type="url"
              value={baseUrl}
              maxLength={500}
              onChange={(e) => setBaseUrlDraft({ environment: selected, text: e.target.value })}
            />
            <button type="button" className="secondary" disabled={settings.busy} onClick={() => void saveBaseUrl()}>
              Save base URL
            </button>
            {baseUrlDraft?.environment === selected && (
              <button type="button" className="secondary" onClick={() => setBaseUrlDraft(null)}>
                Discard
              </button>
            )}
          </div>
          <form onSubmit={saveKey}>
            <label htmlFor="api-key">API key</label>
            <div className="field-row">
              <input
                id="api-key"
                type="password"
                autoComplete="off"
                spellCheck={false}
                maxLength={400}
                value={apiKey}
                onChange={(e) => setApiKey(e.target.value)}
              />
              <button type="submit" disabled={settings.busy || apiKey.trim() === ''}>
                Save key
              </button>
              <button
                type="button"
                className="secondary"
                disabled={settings.busy || !environment.key.stored}
                onClick={() => void settings.forgetKey(selected)}
              >
                Forget key
              </button>
            </div>
          </form>
          <p data-testid="key-status">
            {environment.key.stored
              ? `Key ending …${environment.key.hint} (the last 4 characters of its middle, ID part) · App ID ${environment.key.appId ?? 'unknown'} · ${
                  environment.key.storage === 'encrypted'
                    ? 'stored encrypted by the system'
                    : 'kept for this session only'
                }`
              : 'No key saved.'}
          </p>
          {environment.key.storageReason && <p className="notice">{environment.key.storageReason}</p>}
        </div>
      )}
    </section>
  );
}
