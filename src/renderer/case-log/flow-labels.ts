import type { FlowKind } from '../../shared/flows/challenge-flow';

/** Each flow as the Cases view names it (the log and its exports keep the flow's own name). */
export const flowLabels: Record<FlowKind, string> = {
  reset: 'PIN reset',
  recovery: 'Account recovery',
  followed: 'Followed challenge',
  executed: 'Executed challenge',
};
