import '../ui/visual-system.css';
import '../settings/settings.css';
import { SetAsideList } from '../team-log/SetAsideList';
import { useNetworkDiagnostics } from './use-network-diagnostics';

/**
 * Settings → Diagnostics, always shown: the hosts Circle's window loaded during this run and anything PIN Desk's
 * network policy refused, with one button that copies it all (through main) for a ticket.
 */
export function DiagnosticsSection() {
  const diagnostics = useNetworkDiagnostics();
  const { view } = diagnostics;
  return (
    <section className="panel settings-section diagnostics" aria-labelledby="diagnostics-heading">
      <h3 id="diagnostics-heading" className="section-title">
        Diagnostics
      </h3>
      <p className="lead">
        What Circle’s window asked for during this run, and anything PIN Desk’s network policy refused. If Circle’s
        window misbehaves, copy this into the ticket.
      </p>
      {diagnostics.problem && (
        <p role="alert" className="alert">
          {diagnostics.problem.message}
        </p>
      )}
      {view && (
        <>
          <h4 id="diagnostics-hosts" className="sub-title">
            Hosts Circle’s window loaded
          </h4>
          {view.circleFrameHosts.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <ul aria-labelledby="diagnostics-hosts">
              {view.circleFrameHosts.map((entry) => (
                <li key={entry.host}>
                  {entry.host}{' '}
                  <span className="muted">
                    ({entry.requests} request{entry.requests === 1 ? '' : 's'})
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h4 id="diagnostics-asset-hosts" className="sub-title">
            Hosts allowed for the app’s fonts and images
          </h4>
          {view.allowedAssetHosts.length === 0 ? (
            <p className="muted">Circle’s own only (Settings → Circle’s window adds others).</p>
          ) : (
            <ul aria-labelledby="diagnostics-asset-hosts">
              {view.allowedAssetHosts.map((host) => (
                <li key={host}>{host}</li>
              ))}
            </ul>
          )}
          <h4 id="diagnostics-refused" className="sub-title">
            Refused by PIN Desk ({view.refusedTotal})
          </h4>
          {view.refused.length === 0 ? (
            <p className="muted">Nothing refused.</p>
          ) : (
            <ul aria-labelledby="diagnostics-refused">
              {view.refused.map((entry) => (
                <li key={entry.seq}>
                  <code>{entry.url}</code> — {entry.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <SetAsideList />
      <div className="button-row">
        <button type="button" onClick={() => void diagnostics.copy()}>
          Copy diagnostics
        </button>
        <button type="button" className="secondary" onClick={diagnostics.refresh}>
          Refresh
        </button>
        <span className="row-message" aria-live="polite">
          {diagnostics.copied ? 'Copied to the clipboard.' : ''}
        </span>
      </div>
    </section>
  );
}
