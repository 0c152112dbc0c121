import { useEffect, useState } from 'react';
import type { SettingsModel } from './use-settings';

/** The agent's name, written into every case (the OS user name until one is saved). */
export function AgentNameSection({ settings }: { settings: SettingsModel }) {
  const saved = settings.view?.agentName ?? '';
  const [agentName, setAgentName] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setAgentName(saved), [saved]);
  const save = async () => {
    setMessage(null);
    if (agentName.trim() === '') {
      setProblem('Enter a name.');
      return;
    }
    const error = await settings.setAgentName(agentName);
    setProblem(error?.message ?? null);
    if (!error) setMessage('Saved.');
  };
  return (
    <section className="panel" aria-labelledby="agent-heading">
      <h3 id="agent-heading" className="section-title">
        Agent
      </h3>
      <div className="field settings-inline-field">
        <label htmlFor="agent-name">Agent name</label>
        <div className="button-row">
          <input
            id="agent-name"
            className="control"
            value={agentName}
            maxLength={80}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'agent-name-hint agent-name-problem' : 'agent-name-hint'}
            onChange={(event) => setAgentName(event.target.value)}
          />
          <button type="button" className="secondary" disabled={settings.busy} onClick={() => void save()}>
            Save name
          </button>
          <span className="row-message" aria-live="polite">
            {message}
          </span>
        </div>
        <p id="agent-name-hint" className="field-hint">
          Written into every case you open from now on.
        </p>
        {problem && (
          <p id="agent-name-problem" className="field-problem">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
