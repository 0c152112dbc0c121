// A case's outcome in the agent's words: the pill the Cases list shows, and the outcome line of a ticket note. Pure.
import { outcomeFilterKind } from './case-filter';
import type { CaseOutcome, CaseOutcomeKind } from './case-record';

/** The pill's colour: done, failed, needs a fresh try, no verdict (cancelled and the like), still running. */
export type OutcomeTone = 'ok' | 'bad' | 'warn' | 'neutral' | 'open';

export interface OutcomeBadge {
  label: string;
  tone: OutcomeTone;
  /** What Circle said, where the label does not: "FAILED, code 155121". */
  circleSaid: string | null;
}

/** The filter's and the pill's word for each kind (EXPIRED also stands for FAILED with 155121). */
export const outcomeKindLabels: Record<CaseOutcomeKind | 'open', string> = {
  open: 'Open',
  COMPLETE: 'Complete',
  FAILED: 'Failed',
  EXPIRED: 'Expired',
  cancelled: 'Cancelled',
  abandoned: 'Abandoned',
  'stopped-following': 'Stopped following',
};

const tones: Record<CaseOutcomeKind | 'open', OutcomeTone> = {
  open: 'open',
  COMPLETE: 'ok',
  FAILED: 'bad',
  EXPIRED: 'warn',
  cancelled: 'neutral',
  abandoned: 'neutral',
  'stopped-following': 'neutral',
};

/** Circle's own status and code, for the evidence: null for outcomes that are the console's (cancelled, …). */
function circleSaidOf(outcome: CaseOutcome | null): string | null {
  if (outcome?.kind === 'FAILED') return outcome.code === null ? 'FAILED' : `FAILED, code ${outcome.code}`;
  if (outcome?.kind === 'COMPLETE' || outcome?.kind === 'EXPIRED') return outcome.kind;
  return null;
}

export function outcomeBadge(outcome: CaseOutcome | null): OutcomeBadge {
  const kind = outcomeFilterKind(outcome);
  const code = outcome?.kind === 'FAILED' ? outcome.code : null;
  const label = kind === 'FAILED' && code !== null ? `Failed ${code}` : outcomeKindLabels[kind];
  return { label, tone: tones[kind], circleSaid: circleSaidOf(outcome) };
}
