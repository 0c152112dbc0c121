import { outcomeBadge } from '../../shared/case-log/case-outcome-words';
import type { CaseOutcome } from '../../shared/case-log/case-record';

/** A case's outcome as a coloured pill with its word; Circle's own status and code on hover and to screen readers. */
export function OutcomePill({ outcome }: { outcome: CaseOutcome | null }) {
  const badge = outcomeBadge(outcome);
  return (
    <span className={`pill pill-${badge.tone}`} title={badge.circleSaid ? `Circle: ${badge.circleSaid}` : undefined}>
      {badge.label}
      {badge.circleSaid && badge.circleSaid.toLowerCase() !== badge.label.toLowerCase() && (
        <span className="visually-hidden"> (Circle: {badge.circleSaid})</span>
      )}
    </span>
  );
}
