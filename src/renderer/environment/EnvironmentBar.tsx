import type { EnvironmentView } from './use-environment-status';

/**
 * Anything wrong with the environment the console talks to (its name is the header's badge). Nothing when all is
 * well, so the agent's first screen starts with the customer. Developer details live in DeveloperPanel.
 */
export function EnvironmentBar({ view }: { view: EnvironmentView }) {
  const { status } = view;
  if (!status || (status.appId && !status.appIdProblem && !status.notice)) return null;
  return (
    <section className="environment-bar" aria-label="Active environment">
      {!status.appId && <p className="warning">App ID unavailable</p>}
      {status.appIdProblem && (
        <p role="alert" className="alert">
          The App ID could not be fetched: {status.appIdProblem.message}
        </p>
      )}
      {status.notice && <p className="notice">{status.notice}</p>}
    </section>
  );
}
