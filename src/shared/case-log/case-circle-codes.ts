// The Circle codes a case touched along the way — a wrong PIN the customer recovered from, an error Circle answered,
// the code it ended FAILED with — so Overview counts every case a code touched, not only the cases it ended.
// case-record.ts folds them into the summary as entries arrive (circleCodeOf); the team log keeps the same list in
// SQL (migrations/team-log/0003_team-case-codes.sql): change both together.
import { type CaseSummary, isCircleCode } from './case-record';

/**
 * Every Circle code the case touched. An index line written before summaries carried `circleCodes` knows only how
 * the case ended: its FAILED code, if any, is all it can say (the codes met along the way were never indexed).
 */
export function circleCodesTouchedBy(summary: CaseSummary): readonly number[] {
  if (summary.circleCodes) return summary.circleCodes;
  const { outcome } = summary;
  return outcome?.kind === 'FAILED' && isCircleCode(outcome.code) ? [outcome.code] : [];
}
