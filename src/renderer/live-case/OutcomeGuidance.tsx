import type { Ref } from 'react';
import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { executedAdvice, executedGuidance } from '../execute-challenge/executed-guidance';
import type { LiveCaseState } from './live-case-state';

interface Guidance {
  headline: string;
  tellCustomer: string;
  nextStep: string;
  code: number | null;
}

/** The code that best explains where the flow stands, if any. */
function explainingCode(state: Extract<LiveCaseState, { phase: 'active' }>): number | null {
  if (state.tokenRefused?.code && !['COMPLETE', 'FAILED', 'EXPIRED'].includes(state.status))
    return state.tokenRefused.code;
  if (state.status === 'FAILED')
    return state.errorCode ?? (state.sdkOutcome?.kind === 'error' ? state.sdkOutcome.code : null);
  if (state.status === 'EXPIRED') return circleErrorCodes.challengeExpired;
  if (state.sdkOutcome?.kind === 'error') return state.sdkOutcome.code;
  if (state.sdkOutcome?.kind === 'no-handshake') return circleErrorCodes.sdkNetworkError;
  if (state.pinWindow === 'closed') return circleErrorCodes.customerCancelled;
  return null;
}

export function guidanceFor(state: LiveCaseState): Guidance | null {
  if (state.phase === 'start-failed' && state.error.circle) {
    if (state.flow === 'executed') return executedAdvice(state.error.circle.code, false);
    const guidance = agentGuidance(state.error.circle.code);
    return {
      headline: guidance.whatHappened,
      tellCustomer: guidance.tellCustomer,
      nextStep: guidance.nextStep,
      code: guidance.code,
    };
  }
  if (state.phase !== 'active') return null;
  if (state.flow === 'executed') return executedGuidance(state, explainingCode(state));
  if (state.status === 'COMPLETE') {
    return {
      headline: state.flow === 'recovery' ? 'The account is recovered with a new PIN.' : 'The PIN was changed.',
      tellCustomer: 'Your new PIN is set. Use it from now on; nobody at our desk has seen it.',
      nextStep: 'Close the case. Nothing else is needed.',
      code: null,
    };
  }
  const code = explainingCode(state);
  if (code === null) return null;
  const guidance = agentGuidance(code);
  return { headline: guidance.whatHappened, tellCustomer: guidance.tellCustomer, nextStep: guidance.nextStep, code };
}

/** `ref`: where focus goes when Circle's window takes the keyboard focus away with it. */
export function OutcomeGuidance({ state, ref }: { state: LiveCaseState; ref?: Ref<HTMLElement> }) {
  const guidance = guidanceFor(state);
  if (!guidance) return null;
  return (
    <section className="guidance" aria-label="What to tell the customer" tabIndex={-1} ref={ref}>
      <p className="guidance-headline">
        {guidance.headline}
        {guidance.code !== null && <span className="code"> Circle code {guidance.code}</span>}
      </p>
      <p>
        <strong>Tell the customer:</strong> {guidance.tellCustomer}
      </p>
      <p>
        <strong>Next:</strong> {guidance.nextStep}
      </p>
    </section>
  );
}
