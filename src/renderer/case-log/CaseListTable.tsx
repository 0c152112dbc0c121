import type { CaseList, CaseSummary } from '../../shared/case-log/case-record';
import { caseUserLabel } from '../../shared/case-log/case-record';
import { environmentLabels } from '../../shared/environment/environments';
import { flowLabels } from './flow-labels';
import { OutcomePill } from './OutcomePill';

const startedFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

export function startedWords(iso: string): string {
  return startedFormat.format(new Date(iso));
}

/**
 * The cases, newest first: when, who, ticket, outcome — and, while no case is opened beside the list, flow,
 * environment and agent (with a case beside it, the ticket goes under the user ID). Opening a case highlights its row.
 */
export function CaseListTable({
  list,
  openedId,
  onOpen,
  onShowMore,
}: {
  list: CaseList;
  openedId: string | null;
  onOpen: (caseId: string) => void;
  onShowMore: () => void;
}) {
  const wide = openedId === null;
  const row = (summary: CaseSummary) => {
    const current = summary.caseId === openedId;
    return (
      // A click anywhere on the row opens it, for the mouse; the user ID's button does the same from the keyboard.
      <tr
        key={summary.caseId}
        className={current ? 'is-open' : undefined}
        aria-current={current ? 'true' : undefined}
        onClick={() => onOpen(summary.caseId)}
      >
        <td className="cases-started">
          <time dateTime={summary.startedAt}>{startedWords(summary.startedAt)}</time>
        </td>
        <td>
          <button
            type="button"
            className="link-button cases-user"
            aria-label={`Open case for ${caseUserLabel(summary.userId)} started ${startedWords(summary.startedAt)}`}
            onClick={(event) => {
              event.stopPropagation();
              onOpen(summary.caseId);
            }}
          >
            {summary.userId === null ? caseUserLabel(null) : <code>{summary.userId}</code>}
          </button>
          {!wide && summary.ticketRef && <span className="cases-ticket-under">{summary.ticketRef}</span>}
        </td>
        {wide && <td className="cases-ticket">{summary.ticketRef ?? <span className="muted">—</span>}</td>}
        <td>
          <OutcomePill outcome={summary.outcome} />
        </td>
        {wide && <td>{flowLabels[summary.flow]}</td>}
        {wide && <td>{environmentLabels[summary.environment]}</td>}
        {wide && <td>{summary.agentName}</td>}
      </tr>
    );
  };
  return (
    <div className="cases-list">
      <table className="cases-list-table">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">{wide ? 'User ID' : 'User ID and ticket'}</th>
            {wide && <th scope="col">Ticket</th>}
            <th scope="col">Outcome</th>
            {wide && <th scope="col">Flow</th>}
            {wide && <th scope="col">Environment</th>}
            {wide && <th scope="col">Agent</th>}
          </tr>
        </thead>
        <tbody>{list.cases.map(row)}</tbody>
      </table>
      <div className="button-row cases-more">
        <span className="row-message">
          Showing {list.cases.length} of {list.total} case{list.total === 1 ? '' : 's'}, newest first.
        </span>
        {list.nextCursor && (
          <button type="button" className="secondary small" onClick={onShowMore}>
            Show more
          </button>
        )}
      </div>
    </div>
  );
}
