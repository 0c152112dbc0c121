import { useReplicationStatus } from './use-replication-status';

/** Diagnostics: the entries the team database refused (or damaged lines of the log), set aside so the rest go on. */
export function SetAsideList() {
  const status = useReplicationStatus();
  if (!status?.enabled) return null;
  return (
    <>
      <h4 id="diagnostics-set-aside" className="sub-title">
        Team case log: entries set aside
      </h4>
      {status.setAside.length === 0 ? (
        <p className="muted">None: every entry the database was sent, it took.</p>
      ) : (
        <ul aria-labelledby="diagnostics-set-aside" data-testid="team-log-set-aside">
          {status.setAside.map((item) => (
            <li key={item.entryId}>
              <code>{item.entryId}</code>: {item.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
