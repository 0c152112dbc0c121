// The Circle codes a case touched along the way — a wrong PIN the customer recovered from, an error Circle answered,
// the code it ended FAILED with — so Overview counts every case a code touched, not only the cases it ended.
// The team log keeps the same list in SQL (migrations/team-log/0003_team-case-codes.sql): change both together.
import type { CaseEntry, CaseSummary } from './case-record';

/** Circle's codes are six digits; anything else in an entry is not one (the SQL keeps to the same). */
function isCircleCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000_000;
}

/**
 * The Circle code one timeline entry reports, or null: the web SDK's error (`sdk-outcome`), a challenge's status
 * (`status-changed`, e.g. 155112 after a wrong PIN), Circle's answer to a failed request (`error`), a FAILED close.
 */
export function circleCodeOf(entry: CaseEntry): number | null {
  let code: unknown;
  if (entry.type === 'sdk-outcome') code = entry.code;
  else if (entry.type === 'status-changed') code = entry.errorCode;
  else if (entry.type === 'error') code = entry.circle?.code;
  else if (entry.type === 'case-closed' && entry.outcome.kind === 'FAILED') code = entry.outcome.code;
  return isCircleCode(code) ? code : null;
}

/** The summary with the entry's code added once, first met first (the same summary when nothing is new). */
export function withCircleCodeOf(summary: CaseSummary, entry: CaseEntry): CaseSummary {
  const code = circleCodeOf(entry);
  const known = summary.circleCodes ?? [];
  return code === null || known.includes(code) ? summary : { ...summary, circleCodes: [...known, code] };
}

/**
 * Every Circle code the case touched. An index line written before summaries carried `circleCodes` knows only how
 * the case ended: its FAILED code, if any, is all it can say (the codes met along the way were never indexed).
 */
export function circleCodesTouchedBy(summary: CaseSummary): readonly number[] {
  if (summary.circleCodes) return summary.circleCodes;
  const { outcome } = summary;
  return outcome?.kind === 'FAILED' && isCircleCode(outcome.code) ? [outcome.code] : [];
}
