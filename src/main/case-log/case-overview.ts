// Cases → Overview over the desk's own log: one pass over the index in memory (never the case files), counted the
// way the team's SQL counts (team-overview-reader.ts), so both logs give the same numbers for the same cases.
import { circleCodesTouchedBy } from '../../shared/case-log/case-circle-codes';
import type { CaseSummary } from '../../shared/case-log/case-record';
import {
  continuousPercentile,
  type DayCounts,
  daysOf,
  durationBinEdgesMs,
  durationBinOf,
  emptyGroupCounts,
  type OverviewNumbers,
  type OverviewQuery,
  outcomeGroupOf,
  type PersonCounts,
  topCodeCount,
} from '../../shared/case-overview/overview-records';

const quarterHourMs = 900_000;

/**
 * A case's day in the agent's zone. Every zone's offset is a whole number of quarter hours, so the day is cached per
 * quarter hour: a 100,000-case pass formats a few thousand instants, not 100,000.
 */
export function zonedDayReader(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const cache = new Map<number, string>();
  return (iso) => {
    const slot = Math.floor(Date.parse(iso) / quarterHourMs);
    let day = cache.get(slot);
    if (day === undefined) {
      day = format.format(slot * quarterHourMs);
      cache.set(slot, day);
    }
    return day;
  };
}

export function deskOverview(summaries: Iterable<CaseSummary>, query: OverviewQuery): OverviewNumbers {
  const dayOf = zonedDayReader(query.timeZone);
  const days = new Map<string, DayCounts>(
    daysOf(query.fromDay, query.toDay).map((day) => [day, { day, ...emptyGroupCounts() }]),
  );
  const durations: number[] = [];
  const codes = new Map<number, number>();
  const people = new Map<string, PersonCounts>();
  for (const summary of summaries) {
    if (query.environment && summary.environment !== query.environment) continue;
    const counts = days.get(dayOf(summary.startedAt));
    if (!counts) continue;
    const group = outcomeGroupOf(summary.outcome) ?? 'open';
    counts[group] += 1;
    const person = people.get(summary.agentName) ?? {
      desk: null,
      agent: summary.agentName,
      total: 0,
      ...emptyGroupCounts(),
    };
    person[group] += 1;
    person.total += 1;
    people.set(summary.agentName, person);
    if (summary.outcome?.kind === 'COMPLETE' && summary.endedAt) {
      durations.push(Date.parse(summary.endedAt) - Date.parse(summary.startedAt));
    }
    // Each case once per distinct code it touched (the list holds each code once).
    for (const code of circleCodesTouchedBy(summary)) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  durations.sort((a, b) => a - b);
  const bins = new Array<number>(durationBinEdgesMs.length + 1).fill(0);
  for (const ms of durations) bins[durationBinOf(ms)] = (bins[durationBinOf(ms)] ?? 0) + 1;
  return {
    source: 'desk',
    query,
    days: [...days.values()],
    duration: {
      cases: durations.length,
      medianMs: continuousPercentile(durations, 0.5),
      p90Ms: continuousPercentile(durations, 0.9),
      bins,
    },
    codes: [...codes]
      .map(([code, cases]) => ({ code, cases }))
      .sort((a, b) => b.cases - a.cases || a.code - b.code)
      .slice(0, topCodeCount),
    people: [...people.values()].sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0)),
  };
}
