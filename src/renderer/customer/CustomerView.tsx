import { type FormEvent, useId, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { userIdProblem } from '../../shared/contract/user-id-rule';
import { type CustomerAnswers, recommendPath } from '../../shared/flows/path-recommendation';
import { FlowPanel } from '../challenge-flow/FlowPanel';
import { type ConsoleFlow, isFinished } from '../challenge-flow/flow-state';
import { useChallengeFlow } from '../challenge-flow/use-challenge-flow';
import { DecisionPanel } from '../lookup/DecisionPanel';
import { LookupPanel } from '../lookup/LookupPanel';
import { useCustomerLookup } from '../lookup/use-customer-lookup';

/** The customer in front of the agent (or on the phone): who they are, which path can work, and running it. */
export function CustomerView({ environment }: { environment: EnvironmentStatus | null }) {
  const flow = useChallengeFlow();
  const { lookup, lookUp, clear } = useCustomerLookup();
  const [userId, setUserId] = useState('');
  const [answers, setAnswers] = useState<CustomerAnswers>({ knowsPin: null, remembersAnswers: null });
  const [inlineError, setInlineError] = useState<string | null>(null);
  const errorId = useId();
  const { state } = flow;
  const busy = state.phase === 'starting' || (state.phase === 'active' && !isFinished(state.status));
  const looked = lookup.status === 'found' ? lookup.lookup.user : null;
  const recommendation = recommendPath(looked, answers, new Date());
  const startsOff = busy || !recommendation.startsAllowed;

  /** Checks the typed ID before anything is sent; a bad one gets an inline error and no request. */
  const checkedUserId = (): string | null => {
    const problem = userIdProblem(userId);
    setInlineError(problem);
    return problem ? null : userId.trim();
  };
  const start = (kind: ConsoleFlow) => {
    const checked = checkedUserId();
    if (checked) flow.actions.start(kind, checked);
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
      <LookupPanel
        lookup={lookup}
        followDisabled={busy}
        onFollow={(challenge) => lookup.status === 'found' && flow.actions.follow(lookup.userId, challenge.id)}
      />
      <DecisionPanel answers={answers} onAnswers={setAnswers} recommendation={recommendation} />
      <FlowPanel environment={environment} state={state} choices={flow.choices} actions={flow.actions} />
    </div>
  );
}
