import { useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentSettingsView, SettingsView } from '../../shared/environment/settings-view';
import { AppLookSections } from '../app-look/AppLookSections';
import { ConnectionForm } from './ConnectionForm';
import { developerDetailsWords } from './environment-words';
import { SwitchControl } from './SwitchControl';
import type { SettingsModel } from './use-settings';

/**
 * The chosen environment: whether it is in use (or Switch to it), how it is reached, and its view setting. Mounted
 * per environment (keyed by it), so what was typed for one is left behind when another is chosen.
 */
export function EnvironmentDetail({
  view,
  environment,
  settings,
  onViewSettingsChanged,
}: {
  view: SettingsView;
  environment: EnvironmentSettingsView;
  settings: SettingsModel;
  onViewSettingsChanged: () => void;
}) {
  const [detailsProblem, setDetailsProblem] = useState<IpcError | null>(null);
  return (
    <section className="environment-detail" aria-labelledby="environment-detail-heading">
      <h4 id="environment-detail-heading" className="sub-title">
        {environment.label}
      </h4>
      <SwitchControl view={view} environment={environment} settings={settings} />
      {environment.key === null ? (
        <p className="muted">The local emulator runs inside PIN Desk with its own key: nothing to configure.</p>
      ) : (
        <ConnectionForm environment={environment} settings={settings} />
      )}
      <div className="field">
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={environment.developerDetails}
            aria-describedby="developer-details-hint"
            onChange={(event) =>
              void settings.setDeveloperDetails(environment.id, event.target.checked).then((problem) => {
                setDetailsProblem(problem);
                onViewSettingsChanged();
              })
            }
          />
          Show developer details
        </label>
        <p id="developer-details-hint" className="field-hint">
          {developerDetailsWords(environment.id)} Cases and their exports always keep every detail.
        </p>
        {detailsProblem && <p className="field-problem">{detailsProblem.message}</p>}
      </div>
      <AppLookSections environment={environment.id} active={view.active} />
    </section>
  );
}
