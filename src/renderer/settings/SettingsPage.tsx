import '../ui/visual-system.css';
import './settings.css';
import { useState } from 'react';
import type { EnvironmentId } from '../../shared/environment/environments';
import { TeamLogSection } from '../team-log/TeamLogSection';
import { AgentNameSection } from './AgentNameSection';
import { CustomerLanguageSection } from './CustomerLanguageSection';
import { EnvironmentDetail } from './EnvironmentDetail';
import { EnvironmentList } from './EnvironmentList';
import { useSettings } from './use-settings';

export interface SettingsViewProps {
  onEnvironmentChanged: () => void;
  /** A view setting changed ("Show developer details"): the rest of the app reads it again, nothing restarts. */
  onViewSettingsChanged: () => void;
}

/** Environments (which one is in use, how each is reached) and the agent's name. A key is never shown again. */
export function SettingsPage({ onEnvironmentChanged, onViewSettingsChanged }: SettingsViewProps) {
  const settings = useSettings(onEnvironmentChanged);
  const { view } = settings;
  const [chosen, setChosen] = useState<EnvironmentId | null>(null);
  const selected = chosen ?? view?.active ?? 'local-emulator';
  const environment = view?.environments.find((entry) => entry.id === selected);
  const active = view?.environments.find((entry) => entry.id === view.active);

  return (
    <section className="view-page settings-page" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="view-title">
        Settings
      </h2>
      {settings.loadProblem && (
        <p role="alert" className="alert">
          {settings.loadProblem.message}
        </p>
      )}
      {!view && !settings.loadProblem && <p className="panel muted">Loading settings…</p>}
      {view && environment && (
        <section className="panel" aria-labelledby="environments-heading">
          <h3 id="environments-heading" className="section-title">
            Environment
          </h3>
          <p className="lead">
            PIN Desk is using{' '}
            <strong className={view.active === 'circle-mainnet' ? 'active-environment is-live' : 'active-environment'}>
              <span data-testid="active-environment">{active?.label}</span>
            </strong>
            {view.openCases > 0 && ` · ${view.openCases} open case${view.openCases === 1 ? '' : 's'}`}. Choose an
            environment to see its settings; <em>Switch to …</em> makes it the one in use.
          </p>
          <div className="environments">
            <EnvironmentList view={view} selected={selected} onSelect={setChosen} />
            <EnvironmentDetail
              key={environment.id}
              view={view}
              environment={environment}
              settings={settings}
              onViewSettingsChanged={onViewSettingsChanged}
            />
          </div>
        </section>
      )}
      {view && <AgentNameSection settings={settings} />}
      {view && <CustomerLanguageSection onSaved={onViewSettingsChanged} />}
      {view && <TeamLogSection />}
    </section>
  );
}
