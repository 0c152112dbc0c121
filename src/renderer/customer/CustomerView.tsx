import { type FormEvent, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { userIdProblem } from '../../shared/contract/user-id-rule';
import { type CustomerLanguage, defaultCustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import { type CustomerAnswers, recommendPath } from '../../shared/lookup/path-recommendation';
import { onConsoleCommand } from '../app/console-commands';
import { useClock } from '../clock/clock';
import { loadLiveCasePanel, prefetchLiveCasePanelWhenIdle } from '../live-case/live-case-panel-loader';
import { isFinished, isRunning } from '../live-case/live-case-state';
import { useLiveCase } from '../live-case/use-live-case';
import { DecisionPanel } from '../lookup/DecisionPanel';
import { LookupPanel } from '../lookup/LookupPanel';
import { lookupFailureScript } from '../lookup/lookup-failure';
import { useCustomerLookup } from '../lookup/use-customer-lookup';
import { CustomerLanguageField } from './CustomerLanguageField';
import { EndCaseQuestion, MainnetRetype } from './CustomerQuestions';
import { caseEndLine, type Ending } from './case-end-line';
import { chosenPath } from './customer-advice';
import { nextLockEnd } from './lock-refresh';
import { startChoices } from './start-choices';
import { useFocusKeeper } from './use-focus-keeper';

// Developer-only, so loaded only when developer details are shown: the agent's first screen stays light.
const LiveCasePanel = lazy(() => loadLiveCasePanel().then((module) => ({ default: module.LiveCasePanel })));
const ExecuteChallengeSection = lazy(() =>
  import('../execute-challenge/ExecuteChallengeSection').then((module) => ({
    default: module.ExecuteChallengeSection,
  })),
);

const noAnswers: CustomerAnswers = { knowsPin: null, remembersAnswers: null };

/**
 * One customer at a time: who they are, which path can work, and running it. A new User ID, "New customer", Close
 * case and Cancel case clear the questions, the lookup, the outcome and the guidance, so nothing of one customer
 * shows for the next; focus goes back to User ID. One "Tell the customer" line is on screen at a time: the path's
 * (or the failed lookup's) before a case, the case's own while it is on screen.
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
  /** The language picked for this customer; until then, the default from Settings. */
  const [pickedLanguage, pickLanguage] = useState<CustomerLanguage | null>(null);
  const language = pickedLanguage ?? environment?.customerLanguage ?? defaultCustomerLanguage;
  const [userId, setUserId] = useState('');
  const [answers, setAnswers] = useState<CustomerAnswers>(noAnswers);
  const [inlineError, setInlineError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ConsoleFlow | null>(null);
  const [askingToEnd, setAskingToEnd] = useState(false);
  /** What became of the case last put away, said under User ID until the next customer. */
  const [lastCase, setLastCase] = useState<string | null>(null);
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
  const caseShown = state.phase !== 'idle';

  const typed = userId.trim();
  const current = lookup.status !== 'none' && lookup.status !== 'looking' && lookup.userId === typed ? lookup : null;
  const user = current?.status === 'found' ? current.lookup.user : null;
  const failure = current?.status === 'failed' ? lookupFailureScript(current.userId, current.error) : null;
  const recommendation = recommendPath(user, answers, now);
  const choices = startChoices({ user, failedLookup: failure, recommendation, caseShown, now });
  // The mainnet retype's "Confirm and start" is the next step while it is open.
  const shownChoices = confirming
    ? { ...choices, reset: { ...choices.reset, primary: false }, recovery: { ...choices.recovery, primary: false } }
    : choices;

  // Focus never falls to the page: when what held it goes (a start folding the path, a case put away), it moves on.
  useFocusKeeper(visible, () =>
    caseShown
      ? (document.querySelector<HTMLElement>('.case-panel .guidance') ?? document.getElementById('reset-heading'))
      : userIdField.current,
  );

  /** Everything of the customer on screen goes: answers, lookup, outcome, guidance. */
  const forgetCustomer = () => {
    setAnswers(noAnswers);
    clearLookup();
    setConfirming(null);
    setInlineError(null);
    if (state.phase !== 'idle') void flow.actions.closeCase();
  };
  /** Ready for the next customer: everything cleared, focus in User ID; `ending` says what became of the case. */
  const startOver = (ending: Ending | null) => {
    setLastCase(ending ? caseEndLine(state, ending) : null);
    setAskingToEnd(false);
    setUserId('');
    pickLanguage(null);
    setCustomerNumber((value) => value + 1);
    forgetCustomer();
    setFocusRequest((value) => value + 1);
  };
  const newCustomer = () => (running ? setAskingToEnd(true) : startOver(caseShown ? 'closed' : null));
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

  useEffect(() => prefetchLiveCasePanelWhenIdle(), []);

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

  // When a case starts, its challenge joins the open list ("in the case on screen"); when it ends, it leaves it: look
  // again each time, so the list is true and nothing ended is offered to follow.
  const caseMoment =
    state.phase === 'active' ? `${state.caseId}:${isFinished(state.status) ? 'ended' : 'started'}` : null;
  const lookedUpId = lookup.status === 'found' ? lookup.userId : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a case starting or ending asks for a new lookup.
  useEffect(() => {
    if (caseMoment && lookedUpId) lookUp(lookedUpId, { quietly: true });
  }, [caseMoment]);

  /** Checks the typed ID before anything is sent; a bad one gets an inline error and no request. */
  const checkedUserId = (): string | null => {
    const problem = userIdProblem(userId);
    setInlineError(problem);
    return problem ? null : typed;
  };
  /** What the console advised and what the customer said (unanswered = not asked), recorded with the case. */
  const recommended = () => ({ path: recommendation.path, ...answers });
  const context = (confirmedUserId?: string) => ({ confirmedUserId, recommendation: recommended(), language });
  const start = (kind: ConsoleFlow) => {
    const checked = checkedUserId();
    if (!checked) return;
    setLastCase(null);
    // Circle mainnet: live wallets, so the agent types the ID a second time before anything is created.
    if (mainnet) setConfirming(kind);
    else flow.actions.start(kind, checked, context());
  };
  const lookUpTyped = (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    const checked = checkedUserId();
    if (checked) lookUp(checked);
  };

  return (
    <div className="customer-view" data-case={caseShown ? 'shown' : 'none'}>
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
                setLastCase(null);
                forgetCustomer();
              }}
              aria-invalid={inlineError ? true : undefined}
              aria-describedby={[inlineError ? errorId : '', running ? fixedId : ''].join(' ').trim() || undefined}
            />
            <button type="submit" className={choices.lookUpPrimary ? '' : 'secondary'} disabled={running}>
              Look up
            </button>
            <button type="button" className={choices.newCustomerPrimary ? '' : 'secondary'} onClick={newCustomer}>
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
          <CustomerLanguageField language={language} fixed={caseShown} onPick={pickLanguage} />
          {lastCase && (
            <p className="case-end-line" role="status" aria-label="Last case">
              {lastCase}
            </p>
          )}
        </form>
        {flow.customerScreen?.on && (
          <p className="customer-screen-line" data-testid="customer-screen-line">
            Customer screen: {flow.customerScreen.placedOn ?? 'closed'}
          </p>
        )}
        {flow.customerScreen?.notice && (
          <p role="alert" className="notice">
            {flow.customerScreen.notice}
          </p>
        )}
        {askingToEnd && <EndCaseQuestion onEnd={() => startOver('cancelled')} onKeep={() => setAskingToEnd(false)} />}
        <LookupPanel
          lookup={lookup}
          failure={failure}
          developer={developer}
          followDisabled={running}
          caseChallengeId={state.phase === 'active' ? state.challengeId : null}
          onFollow={(challenge) => {
            if (lookup.status !== 'found') return;
            setLastCase(null);
            flow.actions.follow(lookup.userId, challenge.id);
          }}
        />
      </div>
      <div className="work-column">
        <DecisionPanel
          answers={answers}
          onAnswers={setAnswers}
          recommendation={recommendation}
          failure={failure}
          chosen={chosenPath(state, answers)}
          choices={shownChoices}
          onStart={start}
          onRetryLookup={() => current && lookUp(current.userId)}
          language={language}
        />
        {confirming && (
          <MainnetRetype
            flow={confirming}
            userId={typed}
            onConfirmed={(retyped) => {
              flow.actions.start(confirming, typed, context(retyped));
              setConfirming(null);
            }}
            onCancel={() => setConfirming(null)}
          />
        )}
        {caseShown && (
          <Suspense fallback={null}>
            <LiveCasePanel
              environment={environment}
              state={state}
              choices={flow.choices}
              actions={flow.actions}
              onEnd={{
                closeCase: () => startOver('closed'),
                cancelCase: () => startOver('cancelled'),
                startRecovery: () => start('recovery'),
              }}
              developer={developer}
              language={language}
            />
          </Suspense>
        )}
        {developer && (
          <Suspense fallback={null}>
            <ExecuteChallengeSection environment={environment} busy={running} onExecute={flow.actions.execute} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
