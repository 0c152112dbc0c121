// Which cases a list shows: the search box (any part of a user ID, ticket reference, case ID, challenge ID or note)
// and the filters. Pure, and cheap per case: main runs it over every summary in memory on each keystroke.
import { outcomeGroupOf } from '../case-overview/overview-records';
import { circleErrorCodes } from '../circle-errors/circle-error-codes';
import { circleCodesTouchedBy } from './case-circle-codes';
import type { CaseFilter, CaseOutcome, CaseOutcomeKind, CaseSummary } from './case-record';

/** What an outcome counts as for the filter and the pills: Circle reports an expiry as FAILED with 155121. */
export function outcomeFilterKind(outcome: CaseOutcome | null): CaseOutcomeKind | 'open' {
  if (!outcome) return 'open';
  if (outcome.kind === 'FAILED' && outcome.code === circleErrorCodes.challengeExpired) return 'EXPIRED';
  return outcome.kind;
}

/** The search as terms: lower-cased, split on white space; every term must be found in some field. */
export function searchTerms(query: string | undefined): string[] {
  return (query ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

function fieldHas(field: string | null | undefined, term: string): boolean {
  return field ? field.toLowerCase().includes(term) : false;
}

/** Whether every term is part of the case's user ID, ticket reference, case ID, a challenge ID or its note. */
export function matchesSearchTerms(summary: CaseSummary, terms: readonly string[]): boolean {
  return terms.every(
    (term) =>
      fieldHas(summary.userId, term) ||
      fieldHas(summary.ticketRef, term) ||
      fieldHas(summary.caseId, term) ||
      (summary.challengeIds ?? []).some((challengeId) => fieldHas(challengeId, term)) ||
      fieldHas(summary.note, term),
  );
}

/** A filter with its search split into terms once, so a list does not split it again for every case. */
export interface PreparedCaseFilter {
  filter: CaseFilter;
  terms: string[];
  from: number | null;
  to: number | null;
}

export function prepareCaseFilter(filter: CaseFilter): PreparedCaseFilter {
  return {
    filter,
    terms: searchTerms(filter.search),
    from: filter.from ? Date.parse(filter.from) : null,
    to: filter.to ? Date.parse(filter.to) : null,
  };
}

/** Whether a filter asks for anything at all (no filter: the whole list, without a pass over it). */
export function filtersAnything(filter: CaseFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}

export function matchesPreparedFilter(summary: CaseSummary, prepared: PreparedCaseFilter): boolean {
  const { filter } = prepared;
  const userId = filter.userId?.trim();
  if (userId && summary.userId !== userId) return false;
  if (filter.environment && summary.environment !== filter.environment) return false;
  if (filter.flow && summary.flow !== filter.flow) return false;
  if (filter.outcome && outcomeFilterKind(summary.outcome) !== filter.outcome) return false;
  if (filter.outcomeGroup && outcomeGroupOf(summary.outcome) !== filter.outcomeGroup) return false;
  if (filter.code !== undefined && !circleCodesTouchedBy(summary).includes(filter.code)) return false;
  if (prepared.from !== null || prepared.to !== null) {
    const started = Date.parse(summary.startedAt);
    if (prepared.from !== null && started < prepared.from) return false;
    if (prepared.to !== null && started > prepared.to) return false;
  }
  return prepared.terms.length === 0 || matchesSearchTerms(summary, prepared.terms);
}

export function matchesCaseFilter(summary: CaseSummary, filter: CaseFilter): boolean {
  return matchesPreparedFilter(summary, prepareCaseFilter(filter));
}
