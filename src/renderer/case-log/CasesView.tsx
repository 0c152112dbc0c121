import { useEffect, useState } from 'react';
import { caseOutcomeKinds, caseUserLabel, outcomeLabel } from '../../shared/case-log/case-record';
import { environmentIds, environmentLabels } from '../../shared/environment/environments';
import { flowKinds } from '../../shared/flows/challenge-flow';
import { useClock } from '../clock/clock';
import { withLocalTimes } from '../clock/time-words';
import { timelineLines } from './case-timeline';
import { type CaseFilters, useCaseLog } from './use-case-log';

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString();
}

/** Every reset, recovery and followed challenge, with its timeline, ready to paste into a ticket. */
export function CasesView() {
  const cases = useCaseLog();
  const now = useClock();
  const { filters, setFilters, list, opened } = cases;
  const [ticketRef, setTicketRef] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    setTicketRef(opened?.summary.ticketRef ?? '');
    setNote(opened?.summary.note ?? '');
  }, [opened]);
  const filter = (change: Partial<CaseFilters>) => setFilters({ ...filters, ...change });

  return (
    <section className="panel cases-view" aria-labelledby="cases-heading">
      <h2 id="cases-heading">Cases</h2>
      <fieldset className="case-filters">
        <legend>Filters</legend>
        <label>
          User ID
          <input value={filters.userId} maxLength={50} onChange={(e) => filter({ userId: e.target.value })} />
        </label>
        <label>
          Outcome
          <select
            value={filters.outcome}
            onChange={(e) => filter({ outcome: e.target.value as CaseFilters['outcome'] })}
          >
            <option value="">Any</option>
            <option value="open">open</option>
            {caseOutcomeKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'stopped-following' ? 'stopped following' : kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={filters.from} onChange={(e) => filter({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={filters.to} onChange={(e) => filter({ to: e.target.value })} />
        </label>
        <label>
          Flow
          <select value={filters.flow} onChange={(e) => filter({ flow: e.target.value as CaseFilters['flow'] })}>
            <option value="">Any</option>
            {flowKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          Environment
          <select
            value={filters.environment}
            onChange={(e) => filter({ environment: e.target.value as CaseFilters['environment'] })}
          >
            <option value="">Any</option>
            {environmentIds.map((id) => (
              <option key={id} value={id}>
                {environmentLabels[id]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {cases.problem && (
        <p role="alert" className="alert">
          {cases.problem.message}
        </p>
      )}
      {list && list.damaged.length > 0 && (
        <p className="notice">
          {list.damaged.length} line(s) of the case index could not be read (a crash while writing); the rest is shown.
        </p>
      )}
      {list && list.cases.length === 0 && <p>No cases match.</p>}
      {list && list.cases.length > 0 && (
        <table className="cases-table">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">User ID</th>
              <th scope="col">Flow</th>
              <th scope="col">Outcome</th>
              <th scope="col">Environment</th>
              <th scope="col">Agent</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.cases.map((summary) => (
              <tr key={summary.caseId}>
                <td>{when(summary.startedAt)}</td>
                <td>{summary.userId === null ? caseUserLabel(null) : <code>{summary.userId}</code>}</td>
                <td>{summary.flow}</td>
                <td>{outcomeLabel(summary.outcome)}</td>
                <td>{environmentLabels[summary.environment]}</td>
                <td>{summary.agentName}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Open case for ${caseUserLabel(summary.userId)} started ${when(summary.startedAt)}`}
                    onClick={() => void cases.open(summary.caseId)}
                  >
                    Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && list.cases.length > 0 && (
        <p className="case-list-more">
          Showing {list.cases.length} of {list.total} case{list.total === 1 ? '' : 's'}, newest first.{' '}
          {list.nextCursor && (
            <button type="button" className="secondary" onClick={cases.showMore}>
              Show more
            </button>
          )}
        </p>
      )}
      {opened && (
        <article className="case-detail" aria-labelledby="case-detail-heading">
          <h3 id="case-detail-heading">
            Case for {caseUserLabel(opened.summary.userId)} · {outcomeLabel(opened.summary.outcome)}
          </h3>
          {opened.damaged.length > 0 && (
            <p role="alert" className="alert">
              {opened.damaged.length} line(s) of this case could not be read (a crash while writing); everything before
              them is shown.
            </p>
          )}
          <div className="field-row">
            <label>
              Ticket reference
              <input value={ticketRef} maxLength={100} onChange={(e) => setTicketRef(e.target.value)} />
            </label>
            <label>
              Note
              <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
            </label>
          </div>
          <div className="actions">
            <button type="button" onClick={() => void cases.saveDetails(opened.summary.caseId, ticketRef, note)}>
              Save details
            </button>
            <button type="button" className="secondary" onClick={() => void cases.copyMarkdown(opened.summary.caseId)}>
              Copy as Markdown
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void cases.exportCase(opened.summary.caseId, 'markdown')}
            >
              Export Markdown
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void cases.exportCase(opened.summary.caseId, 'json')}
            >
              Export JSON
            </button>
            {/* Next to the buttons that caused it. */}
            <span role="status" className="action-message">
              {cases.notice}
            </span>
          </div>
          <ol className="timeline" aria-label="Timeline">
            {timelineLines(opened.entries).map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an append-only timeline: a line's position never changes.
              <li key={index} className={line.kind === 'circle-call' ? 'timeline-call' : undefined}>
                <time dateTime={line.at}>{clock(line.at)}</time>
                {line.until && (
                  <>
                    –<time dateTime={line.until}>{clock(line.until)}</time>
                  </>
                )}{' '}
                {withLocalTimes(line.text, now)}
                {line.count > 1 && <span className="repeat-count"> ×{line.count}</span>}
                {line.linkedCaseId && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void cases.open(line.linkedCaseId as string)}
                    >
                      Open linked case
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </article>
      )}
    </section>
  );
}
