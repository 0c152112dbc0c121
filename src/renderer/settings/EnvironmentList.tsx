import type { EnvironmentId } from '../../shared/environment/environments';
import type { SettingsView } from '../../shared/environment/settings-view';
import { environmentState, environmentStateWords } from './environment-words';

/** The environments, to choose which one to see and edit; choosing never switches (Switch to … does). */
export function EnvironmentList({
  view,
  selected,
  onSelect,
}: {
  view: SettingsView;
  selected: EnvironmentId;
  onSelect: (id: EnvironmentId) => void;
}) {
  return (
    <fieldset className="environment-list">
      <legend className="visually-hidden">Environment</legend>
      {view.environments.map((environment) => {
        const state = environmentState(view, environment);
        return (
          <label
            key={environment.id}
            className={`environment-choice is-${state}${environment.id === selected ? ' is-selected' : ''}`}
            data-environment={environment.id}
          >
            <input
              type="radio"
              name="environment"
              value={environment.id}
              checked={environment.id === selected}
              aria-labelledby={`environment-name-${environment.id}`}
              aria-describedby={`environment-state-${environment.id}`}
              onChange={() => onSelect(environment.id)}
            />
            <span id={`environment-name-${environment.id}`} className="environment-name">
              {environment.label}
            </span>
            <span id={`environment-state-${environment.id}`} className="environment-state">
              {state === 'active' ? (
                <span className="pill pill-ok">In use</span>
              ) : (
                environmentStateWords(view, environment)
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
