import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { formatRemaining, useNow } from '../components/use-now';
import { OutcomeGuidance } from './OutcomeGuidance';
import { isFinished, type ResetChoices, type ResetState } from './reset-state';
import { StepRail } from './StepRail';
import { stepRail } from './step-rail';
import type { ResetActions } from './use-pin-reset';

interface ResetPanelProps {
  environment: EnvironmentStatus | null;
  state: ResetState;
  choices: ResetChoices;
  actions: ResetActions;
}

function statusLine(state: ResetState): string {
  switch (state.phase) {
    case 'idle':
      return 'No challenge yet.';
    case 'starting':
      return `Starting a PIN reset for ${state.userId}…`;
    case 'start-failed':
      return 'The reset did not start.';
    case 'cancelled':
      return `Case for ${state.userId} cancelled.`;
    case 'active':
      return `Challenge status: ${state.status}`;
  }
}

export function ResetPanel({ environment, state, choices, actions }: ResetPanelProps) {
  const tokenLive = state.phase === 'active' && !isFinished(state.status);
  const now = useNow(1000, tokenLive);
  const failure = state.phase === 'start-failed' ? state.error : state.phase === 'active' ? state.problem : null;
  return (
    <section className="panel reset-panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading">PIN reset</h2>
      <p role="status" className="challenge-status" data-phase={state.phase}>
        {statusLine(state)}
      </p>
      {state.phase === 'active' && (
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
      <OutcomeGuidance state={state} />
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
            Cancel case
          </button>
        )}
      </div>
    </section>
  );
}
