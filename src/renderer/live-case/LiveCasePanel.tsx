import { lazy, Suspense, useEffect, useRef } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { type CustomerScreenStatus, isHandedOver } from '../../shared/customer-screen/customer-screen';
import { useClock } from '../clock/clock';
import { formatRemaining, withLocalTimes } from '../clock/time-words';
import { CaseNotes } from './CaseNotes';
import { CopyIdButton } from './CopyIdButton';
import type { LiveCaseActions } from './live-case-controller';
import { isRunning, type LiveCaseChoices, type LiveCaseState, type StartedFlow } from './live-case-state';
import { OutcomeGuidance } from './OutcomeGuidance';
import { guidanceFor } from './outcome-guidance';
import { StepRail } from './StepRail';
import { stepRail } from './step-rail-steps';

interface LiveCasePanelProps {
  environment: EnvironmentStatus | null;
  state: LiveCaseState;
  choices: LiveCaseChoices;
  actions: LiveCaseActions;
  developer: boolean;
  /** Where Circle's window runs when the customer screen is on. */
  customerScreen?: CustomerScreenStatus | null;
}

// Only an executed case (developer-only) ever needs it: loaded when first shown.
const ReplaceTokenForm = lazy(() =>
  import('../execute-challenge/ReplaceTokenForm').then((module) => ({ default: module.ReplaceTokenForm })),
);

const flowNames = {
  reset: 'PIN reset',
  recovery: 'account recovery',
  followed: 'customer’s own challenge',
  executed: 'challenge made elsewhere',
} as const;

function startingLine(flow: StartedFlow, userId: string | null): string {
  if (flow === 'executed') return 'Checking the pasted challenge with Circle…';
  return `Starting ${flow === 'reset' ? 'a PIN reset' : 'an account recovery'} for ${userId}…`;
}

function statusLine(state: LiveCaseState): string {
  switch (state.phase) {
    case 'idle':
      return 'No challenge yet.';
    case 'starting':
      return startingLine(state.flow, state.userId);
    case 'start-failed':
      return `The ${flowNames[state.flow]} did not start.`;
    case 'follow-failed':
      return `The challenge of ${state.userId} could not be followed.`;
    case 'cancelled':
      return state.userId === null ? 'Case cancelled.' : `Case for ${state.userId} cancelled.`;
    case 'active':
      return `Challenge status: ${state.status}`;
  }
}

function heading(state: LiveCaseState): string {
  if (state.phase === 'active' || state.phase === 'starting' || state.phase === 'start-failed') {
    const name = flowNames[state.flow];
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return 'PIN reset or recovery';
}

/** How long after the window went the guidance may still take focus from the heading (main confirming with Circle). */
const guidanceCatchUpMs = 5000;

/**
 * When Circle's window goes (completed, closed by the customer, closed after an error) the keyboard focus goes with
 * it, to the page's body. It is handed to what happened and what to do next — the guidance — so a keyboard or
 * screen-reader user is not sent back to the top. The guidance can come a moment after the window goes (the SDK
 * says "complete" before main has confirmed it with Circle): meanwhile focus waits on the flow's heading and moves
 * on when the guidance appears, unless the agent has moved it. Focus the agent put elsewhere is left alone.
 */
function useFocusAfterWindow(state: LiveCaseState, hasGuidance: boolean) {
  const guidance = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const waitingOnHeadingSince = useRef<number | null>(null);
  const pinWindow = state.phase === 'active' ? state.pinWindow : null;
  const previous = useRef(pinWindow);
  useEffect(() => {
    const was = previous.current;
    previous.current = pinWindow;
    const wentAway = (was === 'open' || was === 'opening') && (pinWindow === 'closed' || pinWindow === 'gone');
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!wentAway || !focusLost) return;
    if (guidance.current) guidance.current.focus();
    else {
      heading.current?.focus();
      waitingOnHeadingSince.current = Date.now();
    }
  }, [pinWindow]);
  useEffect(() => {
    const since = waitingOnHeadingSince.current;
    if (!hasGuidance || since === null) return;
    waitingOnHeadingSince.current = null;
    if (Date.now() - since < guidanceCatchUpMs && document.activeElement === heading.current) guidance.current?.focus();
  }, [hasGuidance]);
  return { guidance, heading };
}

function Controls({
  state,
  choices,
  actions,
}: Omit<LiveCasePanelProps, 'environment' | 'developer' | 'customerScreen'>) {
  const onCustomerScreen = state.phase === 'active' && state.session !== null && isHandedOver(state.session);
  return (
    <div className="actions">
      {choices.retryStart && (
        <button type="button" onClick={actions.retryStart}>
          Retry
        </button>
      )}
      {choices.resume && (
        <button type="button" onClick={actions.resume}>
          {onCustomerScreen ? 'Reopen on the customer screen' : 'Reopen PIN window'}
        </button>
      )}
      {choices.freshChallenge && (
        <button type="button" className={choices.resume ? 'secondary' : ''} onClick={actions.freshChallenge}>
          Start a fresh challenge
        </button>
      )}
      {choices.cancel && (
        <button type="button" className="secondary" onClick={actions.cancel}>
          {state.phase === 'active' && state.flow === 'followed' ? 'Stop following' : 'Cancel case'}
        </button>
      )}
      {choices.close && (
        <button type="button" className="secondary" onClick={actions.closeCase}>
          Close case
        </button>
      )}
    </div>
  );
}

/** The case in progress: where it stands, what the customer is doing, what to tell them, and what to do next. */
export function LiveCasePanel({ environment, state, choices, actions, developer, customerScreen }: LiveCasePanelProps) {
  const guidance = guidanceFor(state);
  const focusTargets = useFocusAfterWindow(state, guidance !== null);
  const now = useClock();
  const failure =
    state.phase === 'start-failed' || state.phase === 'follow-failed'
      ? state.error
      : state.phase === 'active'
        ? state.problem
        : null;
  const controls = <Controls state={state} choices={choices} actions={actions} />;
  return (
    <section className="panel reset-panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading" tabIndex={-1} ref={focusTargets.heading}>
        {heading(state)}
      </h2>
      <p role="status" className="challenge-status" data-phase={state.phase}>
        {statusLine(state)}
      </p>
      {state.phase === 'active' && (
        <p className="case-ids">
          <span>
            Challenge <code data-testid="challenge-id">{state.challengeId}</code>
          </span>
          <CopyIdButton kind="challengeId" value={state.challengeId} label="Copy challenge ID" />
        </p>
      )}
      {state.phase === 'active' && state.session && isRunning(state) && (
        <p className="token-remaining">
          Secure session:{' '}
          <span data-testid="token-remaining">{formatRemaining(state.session.tokenExpiresAt, now)}</span>
        </p>
      )}
      {failure && (
        <div role="alert" className="alert">
          <p>{withLocalTimes(failure.message, now)}</p>
          {developer && failure.circle && (
            <p className="code">
              Circle code {failure.circle.code} (HTTP {failure.circle.status})
            </p>
          )}
        </div>
      )}
      {customerScreen?.on && (
        <p className="customer-screen-line" data-testid="customer-screen-line">
          Customer screen: {customerScreen.placedOn ?? 'closed'}
        </p>
      )}
      {customerScreen?.notice && (
        <p role="alert" className="notice">
          {customerScreen.notice}
        </p>
      )}
      {state.phase === 'active' && state.tokenRefused && isRunning(state) && (
        <Suspense fallback={null}>
          <ReplaceTokenForm refusal={state.tokenRefused} onReplace={actions.replaceToken} />
        </Suspense>
      )}
      <StepRail steps={stepRail(environment, state, developer)} />
      {guidance ? (
        <OutcomeGuidance guidance={guidance} ref={focusTargets.guidance}>
          {controls}
        </OutcomeGuidance>
      ) : (
        controls
      )}
      {state.phase === 'active' && <CaseNotes key={state.caseId} caseId={state.caseId} />}
    </section>
  );
}
