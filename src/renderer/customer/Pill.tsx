import type { ReactNode } from 'react';
import type { Pill as PillWords } from './plain-words';

/** A status in words, coloured by tone (never by colour alone: the words say it), with its note after it. */
export function Pill({ pill, testId }: { pill: PillWords; testId?: string }) {
  return (
    <>
      <span className={`pill pill-${pill.tone}`} data-testid={testId}>
        {pill.label}
      </span>
      {pill.note && <span className="pill-note"> {pill.note}</span>}
    </>
  );
}

/**
 * Circle's own codes and words, folded away under "Details" for the agent (they are in the case log too); open from
 * the start when developer details are on.
 */
export function CircleDetails({ developer, children }: { developer: boolean; children: ReactNode }) {
  return (
    <details className="circle-details" open={developer}>
      <summary>Details</summary>
      <div className="circle-details-body">{children}</div>
    </details>
  );
}
