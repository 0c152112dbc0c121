// The Cases view's filters, and how they become main's `caseLog:list` request. Pure.
import type { CaseOutcomeKind } from '../../shared/case-log/case-record';
import type { OutcomeGroup } from '../../shared/case-overview/overview-records';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { FlowKind } from '../../shared/flows/challenge-flow';

export interface CaseFilters {
  /** Any part of a user ID, ticket reference, case ID, challenge ID or note. */
  search: string;
  outcome: CaseOutcomeKind | 'open' | '';
  /** Days as the date fields give them (YYYY-MM-DD), in the agent's local time. */
  from: string;
  to: string;
  environment: EnvironmentId | '';
  flow: FlowKind | '';
  /** Set by a bar or a code on Overview: one of its outcome groups, and a Circle code a case ended FAILED with. */
  outcomeGroup: OutcomeGroup | '';
  code: string;
}

export const noFilters: CaseFilters = {
  search: '',
  outcome: '',
  from: '',
  to: '',
  environment: '',
  flow: '',
  outcomeGroup: '',
  code: '',
};

export function filtersSet(filters: CaseFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

/** A local day's first or last instant as an ISO time (the agent means their own day, not UTC's). */
function localDayEdge(day: string, edge: 'start' | 'end'): string | null {
  const instant = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The filters as main takes them, empty ones left out. */
export function listRequest(filters: CaseFilters) {
  const from = filters.from ? localDayEdge(filters.from, 'start') : null;
  const to = filters.to ? localDayEdge(filters.to, 'end') : null;
  return {
    ...(filters.search.trim() ? { search: filters.search.trim().slice(0, 200) } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(filters.environment ? { environment: filters.environment } : {}),
    ...(filters.flow ? { flow: filters.flow } : {}),
    ...(filters.outcomeGroup ? { outcomeGroup: filters.outcomeGroup } : {}),
    ...(/^\d{1,6}$/.test(filters.code) ? { code: Number(filters.code) } : {}),
  };
}
