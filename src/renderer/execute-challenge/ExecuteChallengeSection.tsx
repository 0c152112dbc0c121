import { type FormEvent, useState } from 'react';
import { encryptionKeyMaxLength, userTokenMaxLength } from '../../shared/contract/executed-challenge-rules';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import type { PastedChallenge } from '../live-case/use-live-case';
import { PastedField } from './PastedField';
import { hasProblems, type PastedProblems, pastedFieldProblems } from './pasted-fields';

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
  const [userToken, setUserToken] = useState('');
  const [encryptionKey, setEncryptionKey] = useState('');
  const [challengeId, setChallengeId] = useState('');
  const [problems, setProblems] = useState<PastedProblems>({});
  const edited = (field: keyof PastedProblems, set: (value: string) => void) => (value: string) => {
    set(value);
    if (problems[field]) setProblems(({ [field]: _fixed, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = pastedFieldProblems({ userToken, encryptionKey, challengeId }, new Date());
    setProblems(found);
    if (hasProblems(found)) return;
    onExecute({ userToken: userToken.trim(), encryptionKey: encryptionKey.trim(), challengeId: challengeId.trim() });
    setUserToken('');
    setEncryptionKey('');
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
        <PastedField
          label="User token"
          secret
          value={userToken}
          onChange={edited('userToken', setUserToken)}
          problem={problems.userToken}
          maxLength={userTokenMaxLength + 1}
        />
        <PastedField
          label="Encryption key"
          secret
          value={encryptionKey}
          onChange={edited('encryptionKey', setEncryptionKey)}
          problem={problems.encryptionKey}
          maxLength={encryptionKeyMaxLength + 1}
        />
        <PastedField
          label="Challenge ID"
          value={challengeId}
          onChange={edited('challengeId', setChallengeId)}
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
