// Cases → Overview: a period's cases at a glance, from the team's log when it is on (this desk's otherwise), each
// chart with its table; a bar, a count or a code opens Cases filtered to exactly those cases.
import './overview.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OverviewNumbers } from '../../shared/case-overview/overview-records';
import type { IpcError } from '../../shared/contract/ipc-result';
import { environmentIds, environmentLabels } from '../../shared/environment/environments';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import type { CaseFilters } from '../case-log/case-list-request';
import { OverviewCharts } from './OverviewCharts';
import { agentTimeZone, type PeriodChoice, periodDays, periodLabels } from './overview-period';

export interface OverviewProps {
  /** Opens the Cases list with these filters (the others cleared), on the log the numbers came from. */
  openCases: (filters: Partial<CaseFilters>, source: OverviewNumbers['source']) => void;
}

/** One end of the chosen dates (a cleared field keeps the day it had: a period always has both ends). */
function DayField(props: { label: string; value: string; onChange: (day: string) => void }) {
  const id = `overview-${props.label.toLowerCase()}`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="control"
        type="date"
        value={props.value}
        onChange={(event) => event.target.value && props.onChange(event.target.value)}
      />
    </div>
  );
}

export function CasesOverview({ openCases }: OverviewProps) {
  const [choice, setChoice] = useState<PeriodChoice>('7-days');
  const [chosen, setChosen] = useState(() => periodDays('7-days'));
  const [environment, setEnvironment] = useState<CaseFilters['environment']>('');
  const [numbers, setNumbers] = useState<OverviewNumbers | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const period = useMemo(() => (choice === 'chosen' ? chosen : periodDays(choice)), [choice, chosen]);
  useEffect(() => {
    let current = true;
    unwrap(
      pinDeskBridge().caseLog.overview({
        ...period,
        timeZone: agentTimeZone(),
        ...(environment ? { environment } : {}),
      }),
    ).then(
      (answer) => {
        if (!current) return;
        setNumbers(answer);
        setProblem(null);
      },
      (error: unknown) => {
        if (current) setProblem(ipcErrorOf(error));
      },
    );
    return () => {
      current = false;
    };
  }, [period, environment]);
  const open = useCallback(
    (filters: Partial<CaseFilters>) => numbers && openCases({ environment, ...filters }, numbers.source),
    [numbers, openCases, environment],
  );
  return (
    <div className="cases-overview">
      {/* Labelled as the Cases filters are: a small bold label over each control, on one line. */}
      <div className="overview-controls">
        <div className="field" role="radiogroup" aria-labelledby="overview-period-label">
          <span id="overview-period-label" className="field-label">
            Period
          </span>
          <div className="overview-period-choices">
            {(Object.keys(periodLabels) as PeriodChoice[]).map((each) => (
              <label key={each} className="checkbox-field">
                <input type="radio" name="overview-period" checked={choice === each} onChange={() => setChoice(each)} />
                {periodLabels[each]}
              </label>
            ))}
          </div>
        </div>
        {choice === 'chosen' && (
          <>
            <DayField label="From" value={chosen.fromDay} onChange={(fromDay) => setChosen({ ...chosen, fromDay })} />
            <DayField label="To" value={chosen.toDay} onChange={(toDay) => setChosen({ ...chosen, toDay })} />
          </>
        )}
        <div className="field">
          <label className="field-label" htmlFor="overview-environment">
            Environment
          </label>
          <select
            id="overview-environment"
            className="control"
            value={environment}
            onChange={(event) => setEnvironment(event.target.value as CaseFilters['environment'])}
          >
            <option value="">All</option>
            {environmentIds.map((id) => (
              <option key={id} value={id}>
                {environmentLabels[id]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p role="alert" className="alert">
          {problem.message}
        </p>
      )}
      {numbers && (
        <>
          <p className="muted" id="overview-source">
            {numbers.source === 'team'
              ? "From the team's case log: every desk's cases."
              : "From this desk's case log (the team case log is off)."}{' '}
            {numbers.query.fromDay} to {numbers.query.toDay}, days in {numbers.query.timeZone}.
          </p>
          <OverviewCharts numbers={numbers} open={open} />
        </>
      )}
    </div>
  );
}
