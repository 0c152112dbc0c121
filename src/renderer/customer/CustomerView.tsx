import { type FormEvent, useId, useState } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { userIdProblem } from '../../shared/contract/user-id-rule';
import { ResetPanel } from '../reset/ResetPanel';
import { isFinished } from '../reset/reset-state';
import { usePinReset } from '../reset/use-pin-reset';

/** The customer in front of the agent: who they are, and the reset run for them. */
export function CustomerView({ environment }: { environment: EnvironmentStatus | null }) {
  const reset = usePinReset();
  const [userId, setUserId] = useState('');
  const [inlineError, setInlineError] = useState<string | null>(null);
  const errorId = useId();
  const { state } = reset;
  const busy = state.phase === 'starting' || (state.phase === 'active' && !isFinished(state.status));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = userIdProblem(userId);
    setInlineError(problem);
    if (!problem) reset.actions.start(userId);
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
            }}
            aria-invalid={inlineError ? true : undefined}
            aria-describedby={inlineError ? errorId : undefined}
          />
          <button type="submit" disabled={busy}>
            Start PIN reset
          </button>
        </div>
        {inlineError && (
          <p id={errorId} className="field-error">
            {inlineError}
          </p>
        )}
      </form>
      <ResetPanel environment={environment} state={state} choices={reset.choices} actions={reset.actions} />
    </div>
  );
}
