import { type FormEvent, useId, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { userIdProblem } from '../../shared/contract/user-id-rule';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import { type CustomerAnswers, recommendPath } from '../../shared/lookup/path-recommendation';
import { LiveCasePanel } from '../live-case/LiveCasePanel';
import { isFinished } from '../live-case/live-case-state';
import { useLiveCase } from '../live-case/use-live-case';
import { DecisionPanel } from '../lookup/DecisionPanel';
import { LookupPanel } from '../lookup/LookupPanel';
import { useCustomerLookup } from '../lookup/use-customer-lookup';

/** The customer in front of the agent (or on the phone): who they are, which path can work, and running it. */
export function CustomerView({ environment }: { environment: EnvironmentStatus | null }) {
  const flow = useLiveCase();
  const { lookup, lookUp, clear } = useCustomerLookup();
  const [userId, setUserId] = useState('');
  const [answers, setAnswers] = useState<CustomerAnswers>({ knowsPin: null, remembersAnswers: null });
  const [inlineError, setInlineError] = useState<string | null>(null);
  const errorId = useId();
  const [confirming, setConfirming] = useState<ConsoleFlow | null>(null);
  const [retyped, setRetyped] = useState('');
  const [retypeError, setRetypeError] = useState<string | null>(null);
  const mainnet = environment?.environment.id === 'circle-mainnet';
  const { state } = flow;
  const busy = state.phase === 'starting' || (state.phase === 'active' && !isFinished(state.status));
  const looked = lookup.status === 'found' ? lookup.lookup.user : null;
  const recommendation = recommendPath(looked, answers, new Date());
  const startsOff = busy || !recommendation.startsAllowed;

  /** What the console advised and what the customer said, recorded with the case. */
  const recommended = () => ({ path: recommendation.path, ...answers });
  /** Checks the typed ID before anything is sent; a bad one gets an inline error and no request. */
  const checkedUserId = (): string | null => {
    const problem = userIdProblem(userId);
    setInlineError(problem);
    return problem ? null : userId.trim();
  };
  const start = (kind: ConsoleFlow) => {
    const checked = checkedUserId();
    if (!checked) return;
    if (mainnet) {
      // Live wallets: the agent types the ID a second time before anything is created.
      setConfirming(kind);
      setRetyped('');
      setRetypeError(null);
      return;
    }
    flow.actions.start(kind, checked, { recommendation: recommended() });
  };
  const confirmStart = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkedUserId();
    if (!checked || !confirming) return;
    if (retyped.trim() !== checked) {
      setRetypeError('The two user IDs differ. Type it again exactly as the customer gave it.');
      return;
    }
    flow.actions.start(confirming, checked, { confirmedUserId: retyped.trim(), recommendation: recommended() });
    setConfirming(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start('reset');
  };

  return (
    <div className="customer-view">
      <form className="panel user-form" onSubmit={submit} noValidate>
        <label htmlFor="user-id">User ID</label>
        <div className="field-row">
          <input
            id="user-id"
            name="userId"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={userId}
            onChange={(event) => {
              setUserId(event.target.value);
              if (inlineError) setInlineError(null);
              if (lookup.status !== 'none') clear();
            }}
            aria-invalid={inlineError ? true : undefined}
            aria-describedby={inlineError ? errorId : undefined}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const checked = checkedUserId();
              if (checked) lookUp(checked);
            }}
          >
            Look up
          </button>
        </div>
        {inlineError && (
          <p id={errorId} className="field-error">
            {inlineError}
          </p>
        )}
        <div className="actions start-actions">
          <button type="submit" disabled={startsOff} className={recommendation.path === 'recovery' ? 'secondary' : ''}>
            Start PIN reset
          </button>
          <button
            type="button"
            disabled={startsOff}
            className={recommendation.path === 'recovery' ? '' : 'secondary'}
            onClick={() => start('recovery')}
          >
            Start account recovery
          </button>
        </div>
      </form>
      {confirming && (
        <form className="panel confirm-retype" onSubmit={confirmStart} noValidate>
          <p>
            <strong>Circle mainnet.</strong> Confirm who this{' '}
            {confirming === 'reset' ? 'PIN reset' : 'account recovery'} is for.
          </p>
          <label htmlFor="retyped-user-id">Type the user ID again to confirm</label>
          <div className="field-row">
            <input
              id="retyped-user-id"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              value={retyped}
              onChange={(event) => setRetyped(event.target.value)}
            />
            <button type="submit">Confirm and start</button>
            <button type="button" className="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
          {retypeError && (
            <p role="alert" className="field-error">
              {retypeError}
            </p>
          )}
        </form>
      )}
      <LookupPanel
        lookup={lookup}
        followDisabled={busy}
        onFollow={(challenge) => lookup.status === 'found' && flow.actions.follow(lookup.userId, challenge.id)}
      />
      <DecisionPanel answers={answers} onAnswers={setAnswers} recommendation={recommendation} />
      <LiveCasePanel
        environment={environment}
        state={state}
        choices={flow.choices}
        actions={flow.actions}
        customerScreen={flow.customerScreen}
      />
    </div>
  );
}
