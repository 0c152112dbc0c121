import { caseUserLabel } from '../../shared/case-log/case-record';
import { environmentLabels } from '../../shared/environment/environments';
import { startedWords } from '../case-log/CaseListTable';
import type { CaseFilters } from '../case-log/case-list-request';
import { flowLabels } from '../case-log/flow-labels';
import { OutcomePill } from '../case-log/OutcomePill';
import { useTeamCases } from './use-team-cases';

/** Cases → Team: every desk's cases, newest first, a page at a time (read from the team's PostgreSQL). */
export function TeamCasesList({ filters }: { filters: CaseFilters }) {
  const { list, problem, showMore } = useTeamCases(filters);
  if (problem) {
    return (
      <p role="alert" className="alert">
        {problem.message}
      </p>
    );
  }
  if (!list) return <p className="muted">Reading the team’s cases…</p>;
  if (list.cases.length === 0) return <p className="muted">No cases match.</p>;
  return (
    <div className="cases-list" data-testid="team-cases">
      <table className="cases-list-table">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Desk</th>
            <th scope="col">User ID</th>
            <th scope="col">Ticket</th>
            <th scope="col">Outcome</th>
            <th scope="col">Flow</th>
            <th scope="col">Environment</th>
            <th scope="col">Agent</th>
          </tr>
        </thead>
        <tbody>
          {list.cases.map((summary) => (
            <tr key={`${summary.desk}/${summary.caseId}`}>
              <td className="cases-started">
                <time dateTime={summary.startedAt}>{startedWords(summary.startedAt)}</time>
              </td>
              <td>{summary.desk}</td>
              <td>{summary.userId === null ? caseUserLabel(null) : <code>{summary.userId}</code>}</td>
              <td className="cases-ticket">{summary.ticketRef ?? <span className="muted">—</span>}</td>
              <td>
                <OutcomePill outcome={summary.outcome} />
              </td>
              <td>{flowLabels[summary.flow] ?? summary.flow}</td>
              <td>{environmentLabels[summary.environment] ?? summary.environment}</td>
              <td>{summary.agentName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row cases-more">
        <span className="row-message">
          Showing {list.cases.length} of {list.total}
          {list.totalIsAtLeast ? '+' : ''} team case{list.total === 1 ? '' : 's'}, newest first.
        </span>
        {list.nextCursor && (
          <button type="button" className="secondary small" onClick={showMore}>
            Show more
          </button>
        )}
      </div>
    </div>
  );
}
