import { useEffect, useRef } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { formatRemaining, useNow } from '../components/use-now';
import { type FlowChoices, type FlowState, isFinished } from './flow-state';
import { OutcomeGuidance } from './OutcomeGuidance';
import { StepRail } from './StepRail';
import { stepRail } from './step-rail';
import type { FlowActions } from './use-challenge-flow';

interface FlowPanelProps {
  environment: EnvironmentStatus | null;
  state: FlowState;
  choices: FlowChoices;
  actions: FlowActions;
}

const flowNames = { reset: 'PIN reset', recovery: 'account recovery', followed: 'customer’s own challenge' } as const;

function statusLine(state: FlowState): string {
  switch (state.phase) {
    case 'idle':
      return 'No challenge yet.';
    case 'starting':
      return `Starting ${flowNames[state.flow] === 'PIN reset' ? 'a PIN reset' : 'an account recovery'} for ${state.userId}…`;
    case 'start-failed':
      return `The ${flowNames[state.flow]} did not start.`;
    case 'follow-failed':
      return `The challenge of ${state.userId} could not be followed.`;
    case 'cancelled':
      return `Case for ${state.userId} cancelled.`;
    case 'active':
      return `Challenge status: ${state.status}`;
  }
}

function heading(state: FlowState): string {
  if (state.phase === 'active' || state.phase === 'starting' || state.phase === 'start-failed') {
    const name = flowNames[state.flow];
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return 'PIN reset or recovery';
}

/**
 * When Circle's window goes (completed, closed by the customer, closed after an error) the keyboard focus goes with
 * it, to the page's body. It is handed to what happened and what to do next — the guidance, else the heading — so
 * a keyboard or screen-reader user is not sent back to the top. Focus the agent put elsewhere is left alone.
 */
function useFocusAfterWindow(state: FlowState) {
  const guidance = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const pinWindow = state.phase === 'active' ? state.pinWindow : null;
  const previous = useRef(pinWindow);
  useEffect(() => {
    const was = previous.current;
    previous.current = pinWindow;
    const wentAway = (was === 'open' || was === 'opening') && (pinWindow === 'closed' || pinWindow === 'gone');
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (wentAway && focusLost) (guidance.current ?? heading.current)?.focus();
  }, [pinWindow]);
  return { guidance, heading };
}

export function FlowPanel({ environment, state, choices, actions }: FlowPanelProps) {
  const focusTargets = useFocusAfterWindow(state);
  const tokenLive = state.phase === 'active' && !isFinished(state.status);
  const now = useNow(1000, tokenLive);
  const failure =
    state.phase === 'start-failed' || state.phase === 'follow-failed'
      ? state.error
      : state.phase === 'active'
        ? state.problem
        : null;
  return (
    <section className="panel reset-panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading" tabIndex={-1} ref={focusTargets.heading}>
        {heading(state)}
      </h2>
      <p role="status" className="challenge-status" data-phase={state.phase}>
        {statusLine(state)}
      </p>
      {state.phase === 'active' && state.session && (
        <p className="token-remaining">
          Session token: <span data-testid="token-remaining">{formatRemaining(state.session.tokenExpiresAt, now)}</span>
        </p>
      )}
      {failure && (
        <div role="alert" className="alert">
          <p>{failure.message}</p>
          {failure.circle && (
            <p className="code">
              Circle code {failure.circle.code} (HTTP {failure.circle.status})
            </p>
          )}
        </div>
      )}
      <StepRail steps={stepRail(environment, state)} />
      <OutcomeGuidance state={state} ref={focusTargets.guidance} />
      <div className="actions">
        {choices.retryStart && (
          <button type="button" onClick={actions.retryStart}>
            Retry
          </button>
        )}
        {choices.resume && (
          <button type="button" onClick={actions.resume}>
            Reopen PIN window
          </button>
        )}
        {choices.freshChallenge && (
          <button type="button" className="secondary" onClick={actions.freshChallenge}>
            Start a fresh challenge
          </button>
        )}
        {choices.cancel && (
          <button type="button" className="secondary" onClick={actions.cancel}>
            {state.phase === 'active' && state.flow === 'followed' ? 'Stop following' : 'Cancel case'}
          </button>
        )}
      </div>
    </section>
  );
}
