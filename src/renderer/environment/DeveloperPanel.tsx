import { useState } from 'react';
import type { EmulatorControls } from '../../shared/contract/ipc-contract';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import type { EnvironmentView } from './use-environment-status';

/**
 * What a developer wants and an agent does not: the App ID, the embedded emulator (its address, its per-run key, its
 * control page) and "Reset emulator". Shown with "Show developer details" on, after the Customer view in tab order.
 */
export function DeveloperPanel({ view }: { view: EnvironmentView }) {
  const { status, problem } = view;
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [controls, setControls] = useState<EmulatorControls | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!status) return null;
  const local = status.environment.id === 'local-emulator';
  const openControlPage = () =>
    unwrap(pinDeskBridge().emulator.openControlPage()).then(
      (opened) => setMessage(`Opened ${opened.url} in your browser.`),
      (error: unknown) => setMessage(ipcErrorOf(error).message),
    );
  const revealKey = () =>
    unwrap(pinDeskBridge().emulator.revealKey()).then(setControls, (error: unknown) =>
      setMessage(ipcErrorOf(error).message),
    );
  return (
    <section className="panel developer-panel" aria-labelledby="developer-heading">
      <h2 id="developer-heading">Developer details</h2>
      <dl className="facts">
        <dt>App ID</dt>
        <dd>{status.appId ? <code data-testid="app-id">{status.appId}</code> : 'unavailable'}</dd>
        {local && status.emulatorAddress && (
          <>
            <dt>Emulator</dt>
            <dd>
              <code data-testid="emulator-address">{status.emulatorAddress}</code>
            </dd>
            <dt>Emulator key</dt>
            <dd>
              {controls ? (
                <code data-testid="emulator-key">{controls.apiKey}</code>
              ) : (
                <button type="button" className="secondary small" onClick={() => void revealKey()}>
                  Show key
                </button>
              )}{' '}
              <span className="muted small">a local key for this run, never a Circle key</span>
            </dd>
          </>
        )}
      </dl>
      {local && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void openControlPage()}>
            Open emulator control page
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setConfirmingReset(true)}
            disabled={view.resettingEmulator}
          >
            {view.resettingEmulator ? 'Resetting emulator…' : 'Reset emulator'}
          </button>
          <span aria-live="polite" className="action-message">
            {message ?? view.resetDone}
          </span>
        </div>
      )}
      {confirmingReset && (
        <div className="confirm-inline" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            Reset the emulator? Every challenge is deleted and the seeded users come back as they were.
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirmingReset(false);
              setMessage(null);
              view.resetEmulator();
            }}
          >
            Reset now
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirmingReset(false)}>
            Keep it
          </button>
        </div>
      )}
      {problem && (
        <div role="alert" className="alert">
          <p>{problem.message}</p>
          {problem.code === 'cases-open' && (
            <button type="button" onClick={() => view.resetEmulator(true)} disabled={view.resettingEmulator}>
              Close open cases and reset
            </button>
          )}
        </div>
      )}
    </section>
  );
}
