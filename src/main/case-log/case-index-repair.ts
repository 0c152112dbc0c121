// Rebuilds what the index lost from the case files. A crash between a case file's entry and its index line (or a
// damaged or deleted index) leaves a case unlisted, or listed as open though its file says it was closed. The case
// file is the truth: the repair appends the summary it implies, never rewriting the index.
import { type CaseSummary, summaryFromEntries } from '../../shared/case-log/case-record';
import type { CaseLogStore } from './case-log-store';

export interface IndexRepair {
  /** Cases with a file but no index line, now listed. */
  added: string[];
  /** Cases the index showed as open whose file had moved on (closed, details changed), now brought up to date. */
  updated: string[];
  /** Case files that could not be read or hold no `case-opened` entry; skipped, the index left as it was. */
  unreadable: string[];
}

/**
 * Reads only the files that can disagree with the index: unindexed cases and cases the index shows as open. A case
 * the index shows as closed is never opened. Idempotent: a second run appends nothing.
 */
export async function repairIndex(store: CaseLogStore): Promise<IndexRepair> {
  const repair: IndexRepair = { added: [], updated: [], unreadable: [] };
  const { cases } = await store.list();
  const indexed = new Map(cases.map((summary) => [summary.caseId, summary]));
  const fileIds = await store.caseFileIds();
  const unindexed = fileIds.filter((caseId) => !indexed.has(caseId));
  // Open in the index with no file at all is checked too: its file was lost, which is worth reporting.
  const openInIndex = cases.filter((summary) => summary.outcome === null).map((summary) => summary.caseId);
  for (const caseId of [...unindexed, ...openInIndex].sort()) {
    const listed = indexed.get(caseId);
    const fromFile = await summaryFromFile(store, caseId);
    if (!fromFile) repair.unreadable.push(caseId);
    else if (await store.restoreSummary(fromFile, listed)) (listed ? repair.updated : repair.added).push(caseId);
  }
  return repair;
}

// The summary a case's own file implies, or null when the file cannot be read or never says the case opened.
async function summaryFromFile(store: CaseLogStore, caseId: string): Promise<CaseSummary | null> {
  try {
    const read = await store.timeline(caseId);
    return read ? summaryFromEntries(caseId, read.records) : null;
  } catch {
    return null;
  }
}

const idsShown = 10;

/** One line for main's log, or null when there was nothing to repair. Case ids only: nothing secret. */
export function describeIndexRepair(repair: IndexRepair): string | null {
  const { added, updated, unreadable } = repair;
  if (added.length + updated.length + unreadable.length === 0) return null;
  const ids = (list: string[]) =>
    list.length > idsShown ? `${list.slice(0, idsShown).join(', ')}, …` : list.join(', ') || 'none';
  return (
    `case log: repaired the index from the case files: ${added.length + updated.length} case(s) ` +
    `(${added.length} added: ${ids(added)}; ${updated.length} updated: ${ids(updated)}); ` +
    `${unreadable.length} case file(s) could not be read: ${ids(unreadable)}`
  );
}

/**
 * Runs the repair without holding up start, and never rejects: what it did, or why it could not run, goes to
 * main's log. Resolves when it is done (so closing can wait for it).
 */
export async function repairIndexInBackground(
  store: CaseLogStore,
  log: { warn(message: string): void },
): Promise<IndexRepair | null> {
  try {
    const repair = await repairIndex(store);
    const line = describeIndexRepair(repair);
    if (line) log.warn(line);
    return repair;
  } catch (error) {
    log.warn(`case log: could not repair the index: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
