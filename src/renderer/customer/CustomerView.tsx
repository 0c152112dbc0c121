import { type FormEvent, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { userIdProblem } from '../../shared/contract/user-id-rule';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import { type CustomerAnswers, recommendPath } from '../../shared/lookup/path-recommendation';
import { onConsoleCommand } from '../app/console-commands';
import { useClock } from '../clock/clock';
import { LiveCasePanel } from '../live-case/LiveCasePanel';
import { isFinished, isRunning } from '../live-case/live-case-state';
import { useLiveCase } from '../live-case/use-live-case';
import { DecisionPanel } from '../lookup/DecisionPanel';
import { LookupPanel } from '../lookup/LookupPanel';
import { useCustomerLookup } from '../lookup/use-customer-lookup';
import { EndCaseQuestion, MainnetRetype } from './CustomerQuestions';
import { customerAdvice } from './customer-advice';
import { nextLockEnd } from './lock-refresh';
import { startChoices } from './start-choices';

// Developer-only, so loaded only when developer details are shown: the agent's first screen stays light.
const ExecuteChallengeSection = lazy(() =>
  import('../execute-challenge/ExecuteChallengeSection').then((module) => ({
    default: module.ExecuteChallengeSection,
  })),
);

const noAnswers: CustomerAnswers = { knowsPin: null, remembersAnswers: null };

/**
 * One customer at a time: who they are, which path can work, and running it. A new User ID (or "New customer")
 * clears the questions, the lookup, the outcome and the guidance, so nothing of one customer shows for the next.
 */
export function CustomerView({
  environment,
  developer,
  visible,
}: {
  environment: EnvironmentStatus | null;
  developer: boolean;
  /** The view is on screen (it stays mounted under Cases and Settings). */
  visible: boolean;
}) {
  const flow = useLiveCase();
  const { state } = flow;
  const { lookup, lookUp, clear: clearLookup } = useCustomerLookup();
  const [userId, setUserId] = useState('');
  const [answers, setAnswers] = useState<CustomerAnswers>(noAnswers);
  const [inlineError, setInlineError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ConsoleFlow | null>(null);
  const [askingToEnd, setAskingToEnd] = useState(false);
  // Focus goes to User ID once the view is on screen (a shortcut may have just switched to it).
  const [focusRequest, setFocusRequest] = useState(0);
  // Each customer gets a fresh User ID field. Chromium's undo history keeps every text a field's edits replaced (up to
  // a thousand edits) while the field lives, one DOM node per customer over a shift; with a new field it goes too.
  const [customerNumber, setCustomerNumber] = useState(0);
  const userIdField = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const fixedId = useId();
  const now = useClock();
  const mainnet = environment?.environment.id === 'circle-mainnet';
  const running = isRunning(state);

  const typed = userId.trim();
  const current = lookup.status !== 'none' && lookup.status !== 'looking' && lookup.userId === typed ? lookup : null;
  const user = current?.status === 'found' ? current.lookup.user : null;
  const unknownUser = current?.status === 'failed' && current.error.code === 'unknown-user';
  const recommendation = recommendPath(user, answers, now);
  const choices = startChoices({ user, unknownUser, recommendation, busy: running, now });
  const advice = customerAdvice(recommendation, state);

  /** Everything of the customer on screen goes: answers, lookup, outcome, guidance. */
  const forgetCustomer = () => {
    setAnswers(noAnswers);
    clearLookup();
    setConfirming(null);
    setInlineError(null);
    if (state.phase !== 'idle') void flow.actions.closeCase();
  };
  const startOver = () => {
    setAskingToEnd(false);
    setUserId('');
    setCustomerNumber((value) => value + 1);
    forgetCustomer();
    setFocusRequest((value) => value + 1);
  };
  const newCustomer = () => (running ? setAskingToEnd(true) : startOver());
  const commands = useRef({ newCustomer });
  commands.current = { newCustomer };
  useEffect(
    () =>
      onConsoleCommand((command) => {
        if (command === 'focus-user-id') setFocusRequest((value) => value + 1);
        if (command === 'new-customer') commands.current.newCustomer();
      }),
    [],
  );

  useEffect(() => {
    if (focusRequest === 0 || !visible) return;
    userIdField.current?.focus();
    userIdField.current?.select();
  }, [focusRequest, visible]);

  // A lock's end changes what can be done: look again by itself once it passes.
  const lockEnd = lookup.status === 'found' ? nextLockEnd(lookup.lookup.user, now) : null;
  useEffect(() => {
    if (lockEnd === null || lookup.status !== 'found') return;
    const wait = Math.max(0, new Date(lockEnd).getTime() - Date.now()) + 1000;
    const timer = window.setTimeout(() => lookUp(lookup.userId, { quietly: true }), wait);
    return () => window.clearTimeout(timer);
  }, [lockEnd, lookup, lookUp]);

  // When a case ends, its challenge leaves the open list: look again, so nothing ended is offered to follow.
  const endedCase =
    state.phase === 'active' && isFinished(state.status)
      ? state.caseId
      : state.phase === 'cancelled'
        ? 'cancelled'
        : null;
  const lookedUpId = lookup.status === 'found' ? lookup.userId : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a case ending asks for a new lookup.
  useEffect(() => {
    if (endedCase && lookedUpId) lookUp(lookedUpId, { quietly: true });
  }, [endedCase]);

  /** Checks the typed ID before anything is sent; a bad one gets an inline error and no request. */
  const checkedUserId = (): string | null => {
    const problem = userIdProblem(userId);
    setInlineError(problem);
    return problem ? null : typed;
  };
  /** What the console advised and what the customer said (unanswered = not asked), recorded with the case. */
  const recommended = () => ({ path: recommendation.path, ...answers });
  const start = (kind: ConsoleFlow) => {
    const checked = checkedUserId();
    if (!checked) return;
    // Circle mainnet: live wallets, so the agent types the ID a second time before anything is created.
    if (mainnet) setConfirming(kind);
    else flow.actions.start(kind, checked, { recommendation: recommended() });
  };
  const lookUpTyped = (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    const checked = checkedUserId();
    if (checked) lookUp(checked);
  };

  return (
    <div className="customer-view">
      <div className="customer-column">
        <form className="panel user-form" onSubmit={lookUpTyped} noValidate>
          <label htmlFor="user-id">User ID</label>
          <div className="field-row">
            <input
              key={customerNumber}
              id="user-id"
              ref={userIdField}
              name="userId"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              value={userId}
              readOnly={running}
              onChange={(event) => {
                setUserId(event.target.value);
                forgetCustomer();
              }}
              aria-invalid={inlineError ? true : undefined}
              aria-describedby={[inlineError ? errorId : '', running ? fixedId : ''].join(' ').trim() || undefined}
            />
            <button type="submit" className={choices.lookUpPrimary ? '' : 'secondary'} disabled={running}>
              Look up
            </button>
            <button type="button" className="secondary" onClick={newCustomer}>
              New customer
            </button>
          </div>
          {running && (
            <p id={fixedId} className="muted small">
              The User ID stays fixed while the case runs; “New customer” ends it.
            </p>
          )}
          {inlineError && (
            <p id={errorId} className="field-error">
              {inlineError}
            </p>
          )}
        </form>
        {askingToEnd && <EndCaseQuestion onEnd={startOver} onKeep={() => setAskingToEnd(false)} />}
        <LookupPanel
          lookup={lookup}
          followDisabled={running}
          onFollow={(challenge) => lookup.status === 'found' && flow.actions.follow(lookup.userId, challenge.id)}
        />
      </div>
      <div className="case-column">
        <DecisionPanel answers={answers} onAnswers={setAnswers} advice={advice} choices={choices} onStart={start} />
        {confirming && (
          <MainnetRetype
            flow={confirming}
            userId={typed}
            onConfirmed={(retyped) => {
              flow.actions.start(confirming, typed, { confirmedUserId: retyped, recommendation: recommended() });
              setConfirming(null);
            }}
            onCancel={() => setConfirming(null)}
          />
        )}
        <LiveCasePanel
          environment={environment}
          state={state}
          choices={flow.choices}
          actions={flow.actions}
          developer={developer}
          customerScreen={flow.customerScreen}
        />
        {developer && (
          <Suspense fallback={null}>
            <ExecuteChallengeSection environment={environment} busy={running} onExecute={flow.actions.execute} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
