// What Cases → Overview shows: a period's cases per day by outcome, how long a reset takes, Circle's most frequent
// codes, and each agent's and desk's cases. Plain data and pure functions, shared by main (which counts) and the
// renderer (which draws). The desk's log and the team's PostgreSQL count the same way (tests hold both).

import { type CaseOutcome, type OutcomeGroup, outcomeGroups } from '../case-log/case-record';
import { circleErrorCodes } from '../circle-errors/circle-error-codes';
import type { EnvironmentId } from '../environment/environments';

// The groups are the case log's vocabulary (its filter takes one); Overview's importers find them here too.
export { type OutcomeGroup, outcomeGroups };

/** The five bars a day stacks. */

export const outcomeGroupLabels: Record<OutcomeGroup, string> = {
  done: 'Done',
  'action-needed': 'Action needed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  'stopped-following': 'Stopped following',
};

/**
 * Which bar a closed case counts in (null while open). Action needed: the customer has something left to do — a
 * challenge that expired (EXPIRED, or FAILED with 155121 as Circle reports it) or a reset abandoned for recovery.
 */
export function outcomeGroupOf(outcome: CaseOutcome | null): OutcomeGroup | null {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'COMPLETE':
      return 'done';
    case 'EXPIRED':
    case 'abandoned':
      return 'action-needed';
    case 'FAILED':
      return outcome.code === circleErrorCodes.challengeExpired ? 'action-needed' : 'failed';
    case 'cancelled':
      return 'cancelled';
    case 'stopped-following':
      return 'stopped-following';
  }
}

/** A period of the agent's own days (YYYY-MM-DD, both inclusive) in their IANA zone, on one environment or all. */
export interface OverviewQuery {
  fromDay: string;
  toDay: string;
  timeZone: string;
  environment?: EnvironmentId | undefined;
}

export type GroupCounts = Record<OutcomeGroup, number> & { open: number };

export interface DayCounts extends GroupCounts {
  day: string;
}

/** Start-to-done durations are counted in these bins: up to 1, 2, 5, 10, 30 minutes, then longer. */
export const durationBinEdgesMs = [60_000, 120_000, 300_000, 600_000, 1_800_000] as const;

export interface DurationNumbers {
  /** Cases done (COMPLETE) in the period: the ones a duration is measured for. */
  cases: number;
  /** Continuous percentiles (PostgreSQL's percentile_cont), to the whole millisecond: null with no case. */
  medianMs: number | null;
  p90Ms: number | null;
  /** One count per bin of `durationBinEdgesMs`, and a last one for longer. */
  bins: number[];
}

export interface CodeCount {
  code: number;
  /** Cases that touched this code along the way or at the end, each counted once (case-circle-codes.ts). */
  cases: number;
}

export interface PersonCounts extends GroupCounts {
  /** Null on the desk's own log (this desk). */
  desk: string | null;
  agent: string;
  total: number;
}

export interface OverviewNumbers {
  /** `team`: every desk's cases from the team log; `desk`: this desk's own log. */
  source: 'desk' | 'team';
  query: OverviewQuery;
  /** Every day of the period, oldest first, zero-filled. */
  days: DayCounts[];
  duration: DurationNumbers;
  /** The ten most frequent, most cases first (then by code). */
  codes: CodeCount[];
  /** Desk, then agent, alphabetically. */
  people: PersonCounts[];
}

export const topCodeCount = 10;

export function emptyGroupCounts(): GroupCounts {
  return { done: 0, 'action-needed': 0, failed: 0, cancelled: 0, 'stopped-following': 0, open: 0 };
}

/** Every day from `fromDay` to `toDay` inclusive (calendar days: no zone involved). */
export function daysOf(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  const last = Date.parse(`${toDay}T00:00:00Z`);
  for (let at = Date.parse(`${fromDay}T00:00:00Z`); at <= last; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/** PostgreSQL's percentile_cont over sorted values: linear between the two nearest ranks. */
export function continuousPercentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return Math.round(below + (above - below) * (position - lower));
}

export function durationBinOf(ms: number): number {
  const bin = durationBinEdgesMs.findIndex((edge) => ms < edge);
  return bin === -1 ? durationBinEdgesMs.length : bin;
}

export function durationBinLabels(): string[] {
  const minutes = durationBinEdgesMs.map((edge) => edge / 60_000);
  return [
    ...minutes.map((edge, index) => (index === 0 ? `< ${edge} min` : `${minutes[index - 1]}–${edge} min`)),
    `≥ ${minutes.at(-1)} min`,
  ];
}
