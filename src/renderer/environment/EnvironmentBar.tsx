import type { EnvironmentView } from './use-environment-status';

/** Which Circle the console talks to, and anything wrong with it. Developer details live in DeveloperPanel. */
export function EnvironmentBar({ view }: { view: EnvironmentView }) {
  const { status } = view;
  return (
    <section className="environment-bar" aria-label="Active environment">
      {status && (
        <p className="environment-facts">
          <span>{status.environment.label}</span>
          {!status.appId && <span className="warning">App ID unavailable</span>}
        </p>
      )}
      {status?.appIdProblem && (
        <p role="alert" className="alert">
          The App ID could not be fetched: {status.appIdProblem.message}
        </p>
      )}
      {status?.notice && <p className="notice">{status.notice}</p>}
    </section>
  );
}
