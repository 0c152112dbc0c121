// Overview's four charts and their tables, drawn from main's numbers (nothing counted here).
import { useMemo } from 'react';
import { durationInWords } from '../../shared/case-overview/duration-words';
import {
  durationBinLabels,
  type OutcomeGroup,
  type OverviewNumbers,
  outcomeGroupLabels,
  outcomeGroups,
} from '../../shared/case-overview/overview-records';
import { circleErrorRow } from '../../shared/circle-errors/circle-error-table';
import type { CaseFilters } from '../case-log/case-list-request';
import { OverviewChart } from './OverviewChart';

// Mid-tone fills that read on the light look and the dark one.
const groupColours: Record<OutcomeGroup, string> = {
  done: '#2e7d32',
  'action-needed': '#b26a00',
  failed: '#c62828',
  cancelled: '#757575',
  'stopped-following': '#5c6bc0',
};

const casesWord = (count: number) => `${count} ${count === 1 ? 'case' : 'cases'}`;
const noCases = 'No cases in this period';

/** A count that opens its cases (nothing to open at zero). */
function CountButton({ count, label, onOpen }: { count: number; label: string; onOpen: () => void }) {
  if (count === 0) return <>0</>;
  return (
    <button type="button" className="link-button" aria-label={`${count} ${label}: open these cases`} onClick={onOpen}>
      {count}
    </button>
  );
}

/** The outcome groups' column headers, then Open: every table that counts by outcome has them in this order. */
function OutcomeColumns() {
  return (
    <>
      {outcomeGroups.map((group) => (
        <th key={group} scope="col">
          {outcomeGroupLabels[group]}
        </th>
      ))}
      <th scope="col">Open</th>
    </>
  );
}

export function OverviewCharts({
  numbers,
  open,
}: {
  numbers: OverviewNumbers;
  open: (filters: Partial<CaseFilters>) => void;
}) {
  const { days, duration, codes, people, query } = numbers;
  const period = { from: query.fromDay, to: query.toDay };
  const dayLabels = useMemo(() => days.map((day) => day.day), [days]);
  const daySeries = useMemo(
    () =>
      outcomeGroups.map((group) => ({
        label: outcomeGroupLabels[group],
        data: days.map((day) => day[group]),
        color: groupColours[group],
      })),
    [days],
  );
  const binLabels = useMemo(() => durationBinLabels(), []);
  const binSeries = useMemo(() => [{ label: 'Cases done', data: duration.bins, color: groupColours.done }], [duration]);
  const codeLabels = useMemo(() => codes.map((code) => String(code.code)), [codes]);
  const codeSeries = useMemo(
    () => [{ label: 'Cases', data: codes.map((code) => code.cases), color: groupColours.failed }],
    [codes],
  );
  const peopleLabels = useMemo(
    () => people.map((person) => (person.desk ? `${person.agent} (${person.desk})` : person.agent)),
    [people],
  );
  const peopleSeries = useMemo(
    () =>
      outcomeGroups.map((group) => ({
        label: outcomeGroupLabels[group],
        data: people.map((person) => person[group]),
        color: groupColours[group],
      })),
    [people],
  );
  const total = days.reduce(
    (sum, day) => sum + outcomeGroups.reduce((daySum, group) => daySum + day[group], 0) + day.open,
    0,
  );
  const openDay = (day: string, group: OutcomeGroup | 'open') =>
    open(group === 'open' ? { outcome: 'open', from: day, to: day } : { outcomeGroup: group, from: day, to: day });
  const openCode = (code: number) => open({ code: String(code), ...period });
  const median = durationInWords(duration.medianMs);
  const p90 = durationInWords(duration.p90Ms);
  const codeWords = (code: number) => `${code} (${circleErrorRow(code)?.message ?? 'not in Circle’s table'})`;
  return (
    <div className="overview-grid">
      <OverviewChart
        id="per-day"
        title="Cases per day"
        summary={`${total} cases from ${query.fromDay} to ${query.toDay}, per day by outcome. Show as table for the numbers.`}
        labels={dayLabels}
        series={daySeries}
        stacked
        onBar={(series, index) => openDay(dayLabels[index] as string, outcomeGroups[series] as OutcomeGroup)}
        describeBar={(series, index) =>
          `${outcomeGroupLabels[outcomeGroups[series] as OutcomeGroup]} on ${dayLabels[index]}: ${casesWord(daySeries[series]?.data[index] ?? 0)}`
        }
        empty={total === 0 ? noCases : undefined}
        table={
          <table className="overview-table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <OutcomeColumns />
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{day.day}</th>
                  {[...outcomeGroups, 'open' as const].map((group) => (
                    <td key={group}>
                      <CountButton
                        count={day[group]}
                        label={`${group === 'open' ? 'open' : outcomeGroupLabels[group]} on ${day.day}`}
                        onOpen={() => openDay(day.day, group)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <OverviewChart
        id="duration"
        title={duration.cases === 0 ? 'Start to done' : `Start to done: median ${median}, 90% within ${p90}`}
        summary={`${casesWord(duration.cases)} done; median ${median}, 9 in 10 within ${p90}.`}
        labels={binLabels}
        series={binSeries}
        describeBar={(_, index) => `${binLabels[index]} from start to done: ${casesWord(duration.bins[index] ?? 0)}`}
        empty={duration.cases === 0 ? 'No case done in this period' : undefined}
        table={
          <table className="overview-table">
            <caption>
              {casesWord(duration.cases)} done: median {median}, 9 in 10 within {p90}
            </caption>
            <thead>
              <tr>
                <th scope="col">Start to done</th>
                <th scope="col">Cases</th>
              </tr>
            </thead>
            <tbody>
              {binLabels.map((label, index) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{duration.bins[index]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <OverviewChart
        id="codes"
        title="Circle's most frequent codes"
        summary={`Cases that met each code: ${codes.map((code) => `${code.code}: ${casesWord(code.cases)}`).join('; ')}.`}
        labels={codeLabels}
        series={codeSeries}
        horizontal
        onBar={(_, index) => openCode(codes[index]?.code as number)}
        describeBar={(_, index) =>
          `${codeWords(codes[index]?.code as number)}: ${casesWord(codes[index]?.cases ?? 0)} met it`
        }
        empty={codes.length === 0 ? 'No Circle codes in this period' : undefined}
        table={
          <table className="overview-table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">What it means</th>
                <th scope="col">Cases that met it</th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code.code}>
                  <th scope="row">{code.code}</th>
                  <td>{circleErrorRow(code.code)?.message ?? 'Not in Circle’s table'}</td>
                  <td>
                    <CountButton
                      count={code.cases}
                      label={`that met code ${code.code}`}
                      onOpen={() => openCode(code.code)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <OverviewChart
        id="people"
        title="Per agent and desk"
        summary={people
          .map(
            (person) =>
              `${person.agent}${person.desk ? ` at ${person.desk}` : ''}: ${person.total} cases, ${person.done} done`,
          )
          .join('; ')
          .concat('.')}
        labels={peopleLabels}
        series={peopleSeries}
        stacked
        horizontal
        describeBar={(series, index) =>
          `${outcomeGroupLabels[outcomeGroups[series] as OutcomeGroup]} for ${peopleLabels[index]}: ${casesWord(peopleSeries[series]?.data[index] ?? 0)}`
        }
        empty={people.length === 0 ? noCases : undefined}
        table={
          <table className="overview-table">
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Desk</th>
                <th scope="col">Cases</th>
                <OutcomeColumns />
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={`${person.desk}/${person.agent}`}>
                  <th scope="row">{person.agent}</th>
                  <td>{person.desk ?? 'This desk'}</td>
                  <td>{person.total}</td>
                  {[...outcomeGroups, 'open' as const].map((group) => (
                    <td key={group}>{person[group]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
