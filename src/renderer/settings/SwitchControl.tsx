import { useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentSettingsView, SettingsView } from '../../shared/environment/settings-view';
import { switchBlockedBecause } from './environment-words';
import type { SettingsModel } from './use-settings';

/**
 * "Switch to …": the one way to change the environment PIN Desk uses, the same for every environment. With cases
 * open main refuses first; the agent can then close them and switch in one more click, here.
 */
export function SwitchControl({
  view,
  environment,
  settings,
}: {
  view: SettingsView;
  environment: EnvironmentSettingsView;
  settings: SettingsModel;
}) {
  const [refusal, setRefusal] = useState<IpcError | null>(null);
  const mainnet = environment.id === 'circle-mainnet';
  if (view.active === environment.id) {
    return (
      <p className={mainnet ? 'switch-row is-active is-live' : 'switch-row is-active'}>
        <span className="pill pill-ok">In use</span>
        {mainnet
          ? 'Every lookup and case goes to Circle mainnet now: real customers, real wallets.'
          : `Every lookup and case goes to the ${environment.label.toLowerCase()} now.`}
      </p>
    );
  }
  const blocked = switchBlockedBecause(view, environment);
  const switchTo = async (closeOpenCases: boolean) =>
    setRefusal(await settings.switchTo(environment.id, closeOpenCases));
  const casesOpen = refusal?.code === 'cases-open';
  return (
    <div className={mainnet ? 'switch-row is-live' : 'switch-row'}>
      {mainnet && (
        <p className="switch-warning">
          <strong>Circle mainnet is live:</strong> real customers and real wallets.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className={mainnet ? 'danger' : undefined}
          disabled={settings.busy || blocked !== null}
          aria-describedby={blocked ? 'switch-blocked' : undefined}
          onClick={() => void switchTo(false)}
        >
          Switch to {environment.label}
        </button>
        {blocked && (
          <span id="switch-blocked" className="row-message">
            {blocked}
          </span>
        )}
      </div>
      {refusal && (
        <div role="alert" className="alert">
          <p>{refusal.message}</p>
          {casesOpen && (
            <button type="button" disabled={settings.busy} onClick={() => void switchTo(true)}>
              Close {view.openCases === 1 ? 'the open case' : `${view.openCases} open cases`} and switch to{' '}
              {environment.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
