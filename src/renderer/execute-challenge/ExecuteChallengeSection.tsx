import type { FormEvent } from 'react';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import type { PastedChallenge } from '../live-case/live-case-controller';
import { PastedField, PastedGrantFields } from './PastedField';
import { usePastedFields } from './use-pasted-fields';

interface ExecuteChallengeSectionProps {
  environment: EnvironmentStatus | null;
  /** A case is running: one at a time, as for the start buttons. */
  busy: boolean;
  onExecute(challenge: PastedChallenge): void;
}

/**
 * Step 4 of Circle's PIN reset guide, for a developer whose own backend made the token and the challenge: paste
 * them, and the console runs the challenge in Circle's window exactly as it runs a reset. The token and key are
 * secrets: they go to main with Execute and are dropped from the form at once.
 */
export function ExecuteChallengeSection({ environment, busy, onExecute }: ExecuteChallengeSectionProps) {
  const { fields, problems, edit, take } = usePastedFields(['userToken', 'encryptionKey', 'challengeId'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pasted = take();
    if (pasted) onExecute(pasted);
  };

  return (
    <section className="panel execute-challenge" aria-labelledby="execute-challenge-heading">
      <h2 id="execute-challenge-heading">Execute a challenge</h2>
      <p className="hint">
        A challenge your own backend made (Circle’s PIN reset guide, step 4): paste what POST /v1/w3s/users/token and
        the challenge request answered it, and Circle’s window runs it here.
      </p>
      <form onSubmit={submit} noValidate>
        <p className="execute-app-id">
          App ID{' '}
          {environment?.appId ? (
            <code data-testid="execute-app-id">{environment.appId}</code>
          ) : (
            <span>{environment?.appIdProblem?.message ?? 'not known yet'}</span>
          )}{' '}
          <span className="hint">(the active environment’s)</span>
        </p>
        <PastedGrantFields
          userToken={fields.userToken}
          encryptionKey={fields.encryptionKey}
          onChange={edit}
          problems={problems}
        />
        <PastedField
          label="Challenge ID"
          value={fields.challengeId}
          onChange={(value) => edit('challengeId', value)}
          problem={problems.challengeId}
          maxLength={101}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Execute
          </button>
        </div>
      </form>
    </section>
  );
}
