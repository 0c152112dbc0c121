import { lazy, Suspense, useEffect, useRef } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import { useClock } from '../clock/clock';
import { formatRemaining, withLocalTimes } from '../clock/time-words';
import { CircleDetails, Pill } from '../customer/Pill';
import { challengeStatusPill, type Pill as PillWords } from '../customer/plain-words';
import { type CaseControlActions, CaseControls } from './CaseControls';
import { CaseNotes } from './CaseNotes';
import { CopyIdButton } from './CopyIdButton';
import { controlPlan } from './case-controls';
import type { LiveCaseActions } from './live-case-controller';
import { isRunning, type LiveCaseChoices, type LiveCaseState } from './live-case-state';
import { OutcomeGuidance } from './OutcomeGuidance';
import type { Guidance } from './outcome-guidance';
import { caseScript } from './progress-guidance';
import { StepRail } from './StepRail';
import { stepRail } from './step-rail';

interface LiveCasePanelProps {
  environment: EnvironmentStatus | null;
  state: LiveCaseState;
  choices: LiveCaseChoices;
  actions: LiveCaseActions;
  /** Close case, and Cancel case once confirmed: the case ends and the customer is cleared. */
  onEnd: Pick<CaseControlActions, 'closeCase' | 'cancelCase' | 'startRecovery'>;
  developer: boolean;
  /** The language the customer is served in (chosen on the Customer view, fixed while the case is shown). */
  language?: CustomerLanguage | undefined;
}

// Only an executed case (developer-only) ever needs it: loaded when first shown.
const ReplaceTokenForm = lazy(() =>
  import('../execute-challenge/ReplaceTokenForm').then((module) => ({ default: module.ReplaceTokenForm })),
);

const flowNames = {
  reset: 'PIN reset',
  recovery: 'Account recovery',
  followed: 'Customer’s own challenge',
  executed: 'Challenge made elsewhere',
} as const;

/** What went wrong with the case on screen: its start or follow, or a problem while it runs. */
function failureOf(state: LiveCaseState) {
  if (state.phase === 'start-failed' || state.phase === 'follow-failed') return state.error;
  return state.phase === 'active' ? state.problem : null;
}

function heading(state: LiveCaseState): string {
  if (state.phase === 'active' || state.phase === 'starting' || state.phase === 'start-failed') {
    return flowNames[state.flow];
  }
  return state.phase === 'follow-failed' ? flowNames.followed : 'PIN reset or recovery';
}

/** Where the case stands, in words, as a pill: the challenge's status once there is one. */
function statusPill(state: LiveCaseState): PillWords {
  switch (state.phase) {
    case 'active':
      return challengeStatusPill(state.status);
    case 'starting':
      return { label: 'Starting', tone: 'info', note: null };
    case 'start-failed':
      return { label: 'Did not start', tone: 'bad', note: null };
    case 'follow-failed':
      return { label: 'Not followed', tone: 'bad', note: null };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'neutral', note: null };
    case 'idle':
      return { label: 'No case', tone: 'neutral', note: null };
  }
}

/** How long after the window went the guidance may still take focus from the heading (main confirming with Circle). */
const guidanceCatchUpMs = 5000;

/**
 * When Circle's window goes (completed, closed by the customer, closed after an error) the keyboard focus goes with
 * it, to the page's body. It is handed to what happened and what to do next — the guidance — so a keyboard or
 * screen-reader user is not sent back to the top. The guidance can come a moment after the window goes: meanwhile
 * focus waits on the flow's heading and moves on when the guidance appears, unless the agent has moved it.
 */
function useFocusAfterWindow(state: LiveCaseState, guidanceKind: Guidance['kind'] | null) {
  const guidance = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const waitingOnHeadingSince = useRef<number | null>(null);
  const pinWindow = state.phase === 'active' ? state.pinWindow : null;
  const previous = useRef(pinWindow);
  const explained = guidanceKind !== null && guidanceKind !== 'progress';
  // Read when the window goes, not a reason to run again.
  const explainedNow = useRef(explained);
  explainedNow.current = explained;
  useEffect(() => {
    const was = previous.current;
    previous.current = pinWindow;
    const wentAway = (was === 'open' || was === 'opening') && (pinWindow === 'closed' || pinWindow === 'gone');
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!wentAway || !focusLost) return;
    if (explainedNow.current) guidance.current?.focus();
    else {
      heading.current?.focus();
      waitingOnHeadingSince.current = Date.now();
    }
  }, [pinWindow]);
  useEffect(() => {
    const since = waitingOnHeadingSince.current;
    if (!explained || since === null) return;
    waitingOnHeadingSince.current = null;
    if (Date.now() - since < guidanceCatchUpMs && document.activeElement === heading.current) guidance.current?.focus();
  }, [explained]);
  return { guidance, heading };
}

/** Circle's words for the case: challenge ID, status and where it came from, codes, the token's time left. */
function CaseDetails({
  state,
  script,
  developer,
}: {
  state: LiveCaseState;
  script: Guidance | null;
  developer: boolean;
}) {
  const now = useClock();
  const failure = failureOf(state);
  const active = state.phase === 'active' ? state : null;
  const source = active?.statusSource === 'notification' ? 'verified notification' : active?.statusSource;
  return (
    <CircleDetails developer={developer}>
      <dl className="facts small">
        {active && (
          <>
            <dt>Challenge</dt>
            <dd>
              <code data-testid="challenge-id">{active.challengeId}</code>
            </dd>
            <dt>Circle status</dt>
            <dd>
              {active.status} (from {source})
            </dd>
          </>
        )}
        {!developer && script?.code != null && (
          <>
            <dt>Circle code</dt>
            <dd data-testid="circle-code">{script.code}</dd>
          </>
        )}
        {!developer && failure?.circle && (
          <>
            <dt>Circle answered</dt>
            <dd className="code">
              Circle code {failure.circle.code} (HTTP {failure.circle.status})
            </dd>
          </>
        )}
        {active?.session && isRunning(active) && (
          <>
            <dt>Secure session</dt>
            <dd data-testid="token-remaining">{formatRemaining(active.session.tokenExpiresAt, now)}</dd>
          </>
        )}
      </dl>
    </CircleDetails>
  );
}

/** The case on screen: where it stands, the one thing to tell the customer, the next step, the steps so far. */
export function LiveCasePanel(props: LiveCasePanelProps) {
  const { environment, state, choices, actions, onEnd, developer, language } = props;
  const script = caseScript(state);
  const focusTargets = useFocusAfterWindow(state, script?.kind ?? null);
  const now = useClock();
  const failure = failureOf(state);
  const plan = controlPlan(choices, state);
  const controls = (
    <CaseControls
      plan={plan}
      state={state}
      actions={{
        ...onEnd,
        retryStart: actions.retryStart,
        resume: actions.resume,
        freshChallenge: actions.freshChallenge,
      }}
    />
  );
  const pill = statusPill(state);
  return (
    <section className="panel case-panel" aria-labelledby="reset-heading">
      <div className="panel-title-row">
        <h2 id="reset-heading" tabIndex={-1} ref={focusTargets.heading}>
          {heading(state)}
        </h2>
        <p
          role="status"
          aria-label="Case status"
          className="case-status"
          data-phase={state.phase}
          data-status={state.phase === 'active' ? state.status : state.phase}
        >
          <Pill pill={pill} />
        </p>
      </div>
      <div className="case-body">
        <div className="case-main">
          {failure && (
            <div role="alert" className="alert">
              <p>{withLocalTimes(failure.message, now)}</p>
              {developer && failure.circle && (
                <p className="code">
                  Circle code {failure.circle.code} (HTTP {failure.circle.status})
                </p>
              )}
              {failure.requestId && (
                <p className="request-id">
                  Request ID for Circle Support: <code data-testid="request-id">{failure.requestId}</code>
                </p>
              )}
            </div>
          )}
          {state.phase === 'active' && state.tokenRefused && isRunning(state) && (
            <Suspense fallback={null}>
              <ReplaceTokenForm refusal={state.tokenRefused} onReplace={actions.replaceToken} />
            </Suspense>
          )}
          {script ? (
            <OutcomeGuidance guidance={script} developer={developer} language={language} ref={focusTargets.guidance}>
              {controls}
            </OutcomeGuidance>
          ) : (
            controls
          )}
          {state.phase === 'active' && <CaseNotes key={state.caseId} caseId={state.caseId} />}
        </div>
        <div className="case-side">
          <StepRail steps={stepRail(environment, state, developer)} />
          {state.phase === 'active' && (
            <p className="case-ids">
              <CopyIdButton kind="challengeId" value={state.challengeId} label="Copy challenge ID" />
            </p>
          )}
          <CaseDetails state={state} script={script} developer={developer} />
        </div>
      </div>
    </section>
  );
}
