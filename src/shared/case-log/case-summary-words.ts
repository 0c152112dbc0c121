// The first line of a ticket note: when, what happened to whom, what the customer was told, who did it — in the
// agent's local time ("14:02 PIN changed for `user-1`. Told the customer: “…” Agent: Dana."). Pure.
import { agentGuidance } from '../circle-errors/agent-guidance';
import { circleErrorCodes } from '../circle-errors/circle-error-codes';
import type { FlowKind } from '../flows/challenge-flow';
import { outcomeFilterKind } from './case-filter';
import { type CaseSummary, caseUserLabel } from './case-record';
import { zonedClock } from './zoned-time';

const flowNouns: Record<FlowKind, string> = {
  reset: 'PIN reset',
  recovery: 'Account recovery',
  followed: 'Followed challenge',
  executed: 'Executed challenge',
};

// The console's own "Tell the customer" words for the outcomes that are not a Circle code (the live case says the
// same: src/renderer/live-case/outcome-guidance.ts).
const toldOnCompletion = 'Your new PIN is set. Use it from now on; nobody at our desk has seen it.';
const toldOnFollowedCompletion = 'That is done in your app. Use your new PIN from now on.';
const toldOnCancel = 'We stopped this attempt. We can start again whenever you are ready.';
const toldOnUnknownFailure = 'Something went wrong on our side. We are looking into it.';

export interface CaseSummaryWords {
  /** "14:02": when the case ended (or started, while open), in the agent's zone. */
  at: string;
  /** "PIN changed for `user-1`" (user IDs through `code`, so Markdown can set them as code). */
  happened: string;
  /** What the console told the agent to tell the customer; null where there was no customer to tell. */
  told: string | null;
  agent: string;
}

/** What happened, in a phrase. */
function happened(summary: CaseSummary, user: string): string {
  const noun = flowNouns[summary.flow];
  const kind = outcomeFilterKind(summary.outcome);
  const outcome = summary.outcome;
  switch (kind) {
    case 'COMPLETE':
      if (summary.flow === 'recovery') return `Account recovered with a new PIN for ${user}`;
      if (summary.flow === 'followed') return `${user} changed their PIN in their own app`;
      if (summary.flow === 'executed') return `Executed challenge completed for ${user}`;
      return `PIN changed for ${user}`;
    case 'EXPIRED':
      return `${noun} for ${user} expired before the customer finished`;
    case 'FAILED': {
      const code = outcome?.kind === 'FAILED' ? outcome.code : null;
      return code === null
        ? `${noun} for ${user} failed`
        : `${noun} for ${user} failed (${code}): ${agentGuidance(code).whatHappened.replace(/\.$/, '')}`;
    }
    case 'cancelled':
      return `${noun} for ${user} cancelled`;
    case 'abandoned':
      return `${noun} for ${user} moved to account recovery (the customer chose “Forgot PIN?”)`;
    case 'stopped-following':
      return `Stopped following ${user}'s own challenge (it goes on in their app)`;
    case 'open':
      return `${noun} for ${user} still in progress`;
  }
}

/** What the customer was told; an executed challenge is a developer's rehearsal, with nobody to tell. */
function told(summary: CaseSummary): string | null {
  if (summary.flow === 'executed') return null;
  const outcome = summary.outcome;
  switch (outcomeFilterKind(outcome)) {
    case 'COMPLETE':
      return summary.flow === 'followed' ? toldOnFollowedCompletion : toldOnCompletion;
    case 'EXPIRED':
      return agentGuidance(circleErrorCodes.challengeExpired).tellCustomer;
    case 'FAILED': {
      const code = outcome?.kind === 'FAILED' ? outcome.code : null;
      return code === null ? toldOnUnknownFailure : agentGuidance(code).tellCustomer;
    }
    case 'cancelled':
      return toldOnCancel;
    default:
      return null;
  }
}

export function caseSummaryWords(
  summary: CaseSummary,
  options: { timeZone: string; code: (text: string) => string },
): CaseSummaryWords {
  const user = summary.userId === null ? `a user ${caseUserLabel(null)}` : options.code(summary.userId);
  return {
    at: zonedClock(summary.endedAt ?? summary.startedAt, options.timeZone),
    happened: happened(summary, user),
    told: told(summary),
    agent: summary.agentName,
  };
}

/** The words as one sentence run: "14:02 PIN changed for x. Told the customer: “…” Agent: Dana." */
export function caseSummarySentence(words: CaseSummaryWords): string {
  const told = words.told === null ? '' : ` Told the customer: “${words.told}”`;
  return `${words.at} ${words.happened}.${told} Agent: ${words.agent}.`;
}
