import { useEffect, useRef } from 'react';
import type { CaseView } from '../../shared/case-log/case-record';
import { caseUserLabel } from '../../shared/case-log/case-record';
import { environmentLabels } from '../../shared/environment/environments';
import { useClock } from '../clock/clock';
import { withLocalTimes } from '../clock/time-words';
import { timelineLines } from './case-timeline';
import { flowLabels } from './flow-labels';
import { OutcomePill } from './OutcomePill';
import { useCaseDetailsDraft } from './use-case-details-draft';
import type { CaseLogModel } from './use-case-log';

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit', second: '2-digit' });
}

function span(view: CaseView): string {
  const { startedAt, endedAt } = view.summary;
  const day = new Date(startedAt).toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' });
  return `${day} · ${clock(startedAt)} – ${endedAt ? clock(endedAt) : 'still open'}`;
}

/** One case beside the list (keyed by its case ID): its outcome, ticket and note (saved as typed), the copy and exports, its timeline. */
export function CaseDetail({ view, cases }: { view: CaseView; cases: CaseLogModel }) {
  const now = useClock();
  const { summary } = view;
  const details = useCaseDetailsDraft(summary, cases.detailsSaved);
  const heading = useRef<HTMLHeadingElement>(null);
  // The keyboard follows the agent to the case they opened (the page mounts one CaseDetail per case).
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  return (
    <article className="panel cases-detail" aria-labelledby="case-detail-heading">
      <header className="cases-detail-head">
        <h3 id="case-detail-heading" className="section-title" tabIndex={-1} ref={heading}>
          Case for {caseUserLabel(summary.userId)}
        </h3>
        <OutcomePill outcome={summary.outcome} />
        <button type="button" className="secondary small cases-detail-close" onClick={cases.close}>
          Close
        </button>
      </header>
      <p className="cases-detail-facts">
        {flowLabels[summary.flow]} · {environmentLabels[summary.environment]} · Agent {summary.agentName}
        <br />
        {span(view)}
      </p>
      <p className="cases-detail-ids">
        Case <code>{summary.caseId}</code>
        {summary.challengeIds?.map((challengeId) => (
          <span key={challengeId}>
            {' '}
            · Challenge <code>{challengeId}</code>
          </span>
        ))}
      </p>
      {view.damaged.length > 0 && (
        <p role="alert" className="alert">
          {view.damaged.length} line(s) of this case could not be read (a crash while writing); everything before them
          is shown.
        </p>
      )}
      <div className="cases-detail-fields">
        <div className="field">
          <label htmlFor="case-ticket">Ticket reference</label>
          <input
            id="case-ticket"
            className="control"
            value={details.ticketRef}
            maxLength={100}
            onChange={(event) => details.setTicketRef(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="case-note">Note</label>
          <textarea
            id="case-note"
            className="control"
            value={details.note}
            maxLength={2000}
            rows={2}
            onChange={(event) => details.setNote(event.target.value)}
          />
        </div>
      </div>
      <div className="button-row cases-detail-actions">
        <button type="button" onClick={() => void cases.copyMarkdown(summary.caseId)}>
          Copy as Markdown
        </button>
        <button type="button" className="secondary" onClick={() => void cases.exportCase(summary.caseId, 'markdown')}>
          Export Markdown
        </button>
        <button type="button" className="secondary" onClick={() => void cases.exportCase(summary.caseId, 'json')}>
          Export JSON
        </button>
        {/* Next to the buttons that caused it; the ticket and note's own saving is said here too, without moving anything. */}
        <span role="status" className="row-message">
          {cases.notice}
        </span>
        <span className="row-message cases-details-saved" aria-live="polite" data-testid="case-details-saved">
          {details.savedWords}
        </span>
      </div>
      <h4 className="sub-title" id="case-timeline-heading">
        Timeline
      </h4>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls inside the case, so the keyboard must reach it (WCAG 2.1.1, axe's scrollable-region-focusable). */}
      <ol className="cases-timeline" aria-label="Timeline" tabIndex={0}>
        {timelineLines(view.entries).map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an append-only timeline: a line's position never changes.
          <li key={index} className={line.kind === 'circle-call' ? 'is-call' : undefined}>
            <time dateTime={line.at}>{clock(line.at)}</time>
            <span>
              {line.until && (
                <>
                  until <time dateTime={line.until}>{clock(line.until)}</time>:{' '}
                </>
              )}
              {withLocalTimes(line.text, now)}
              {line.count > 1 && <strong> ×{line.count}</strong>}
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
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}
