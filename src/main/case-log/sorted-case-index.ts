// The case index in memory, kept newest first as summaries arrive, so a page of the list costs a binary search and a
// slice (or one pass when filtered), never a sort of every case. Pure: no I/O.
import { filtersAnything, matchesPreparedFilter, prepareCaseFilter } from '../../shared/case-log/case-filter';
import {
  type CaseFilter,
  type CaseList,
  type CasePage,
  type CaseSummary,
  caseCursor,
  newestFirst,
  parseCaseCursor,
} from '../../shared/case-log/case-record';

type Position = Pick<CaseSummary, 'startedAt' | 'caseId'>;

export class SortedCaseIndex {
  private readonly byId = new Map<string, CaseSummary>();
  /** Every case's latest summary, newest first (`newestFirst`, a total order: start time, then id). */
  private order: CaseSummary[] = [];

  /** From index lines in the order they were written: the latest line per case wins; one sort, not one insert each. */
  static fromLines(lines: Iterable<CaseSummary>): SortedCaseIndex {
    const index = new SortedCaseIndex();
    for (const summary of lines) index.byId.set(summary.caseId, summary);
    index.order = [...index.byId.values()].sort(newestFirst);
    return index;
  }

  get size(): number {
    return this.order.length;
  }

  /** Every case's latest summary, newest first (Overview's counts read it in one pass; never to be changed). */
  all(): readonly CaseSummary[] {
    return this.order;
  }

  /** The latest summary of a case: replaces the one before, in place. */
  put(summary: CaseSummary): void {
    const previous = this.byId.get(summary.caseId);
    if (previous) this.order.splice(this.firstAfter(previous) - 1, 1);
    this.order.splice(this.firstAfter(summary), 0, summary);
    this.byId.set(summary.caseId, summary);
  }

  /** The cases matching `filter`, newest first: one page of them, or all when no page is asked for. */
  list(filter: CaseFilter, page?: CasePage): Omit<CaseList, 'damaged'> {
    const after = page?.after ? parseCaseCursor(page.after) : null;
    const prepared = prepareCaseFilter(filter);
    const matching = filtersAnything(filter)
      ? this.order.filter((summary) => matchesPreparedFilter(summary, prepared))
      : this.order;
    // The first case past the cursor's position: a case written between pages is never shown twice or skipped.
    const from = after ? firstAfterIn(matching, after) : 0;
    const cases = page ? matching.slice(from, from + page.limit) : [...matching];
    const last = cases.at(-1);
    const more = page !== undefined && last !== undefined && from + cases.length < matching.length;
    return { cases, total: matching.length, nextCursor: more ? caseCursor(last) : null };
  }

  /** Where `position` would go: the index of the first case that sorts after it. */
  private firstAfter(position: Position): number {
    return firstAfterIn(this.order, position);
  }
}

function firstAfterIn(sorted: readonly CaseSummary[], position: Position): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst(sorted[middle] as CaseSummary, position) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
