import { useNetworkDiagnostics } from './use-network-diagnostics';

/**
 * Settings → Diagnostics, always shown: the hosts Circle's window loaded during this run and anything PIN Desk's
 * network policy refused, with one button that copies it all (through main) for a ticket.
 */
export function DiagnosticsSection() {
  const diagnostics = useNetworkDiagnostics();
  const { view } = diagnostics;
  return (
    <section className="panel diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      <p className="muted">
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
          <h3 id="diagnostics-hosts">Hosts Circle’s window loaded</h3>
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
          <h3 id="diagnostics-refused">Refused by PIN Desk ({view.refusedTotal})</h3>
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
      <div className="field-row">
        <button type="button" className="secondary" onClick={diagnostics.refresh}>
          Refresh
        </button>
        <button type="button" onClick={() => void diagnostics.copy()}>
          Copy diagnostics
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {diagnostics.copied ? 'Copied to the clipboard.' : ''}
      </p>
    </section>
  );
}
