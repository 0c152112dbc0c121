import type { EnvironmentView } from './use-environment-status';

/** Which Circle the console talks to, its App ID, and (on the emulator) a way back to the seeded users. */
export function EnvironmentBar({ view }: { view: EnvironmentView }) {
  const { status, problem } = view;
  return (
    <section className="environment-bar" aria-label="Active environment">
      {status && (
        <p className="environment-facts">
          <span>{status.environment.label}</span>
          {status.appId ? (
            <span>
              App ID <code data-testid="app-id">{status.appId}</code>
            </span>
          ) : (
            <span className="warning">App ID unavailable</span>
          )}
        </p>
      )}
      {status?.environment.id === 'local-emulator' && (
        <button
          type="button"
          className="secondary"
          onClick={() => view.resetEmulator()}
          disabled={view.resettingEmulator}
        >
          {view.resettingEmulator ? 'Resetting emulator…' : 'Reset emulator'}
        </button>
      )}
      {status?.appIdProblem && (
        <p role="alert" className="alert">
          The App ID could not be fetched: {status.appIdProblem.message}
        </p>
      )}
      {status?.notice && <p className="notice">{status.notice}</p>}
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
