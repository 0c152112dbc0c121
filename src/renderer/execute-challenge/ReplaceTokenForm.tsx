import type { FormEvent } from 'react';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { PastedChallenge } from '../live-case/live-case-controller';
import type { TokenRefusal } from '../live-case/live-case-state';
import { PastedGrantFields } from './PastedField';
import { usePastedFields } from './use-pasted-fields';

interface ReplaceTokenFormProps {
  refusal: TokenRefusal;
  onReplace(grant: Omit<PastedChallenge, 'challengeId'>): void;
}

/**
 * Circle no longer takes an executed case's token, and PIN Desk cannot make one for a user it does not know: the
 * developer pastes a new token and key (for the same user) and the same challenge reopens with them.
 */
export function ReplaceTokenForm({ refusal, onReplace }: ReplaceTokenFormProps) {
  const { fields, problems, edit, take } = usePastedFields(['userToken', 'encryptionKey'] as const);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pasted = take();
    if (pasted) onReplace(pasted);
  };

  return (
    <form className="replace-token" aria-labelledby="replace-token-heading" onSubmit={submit} noValidate>
      <h3 id="replace-token-heading">
        {refusal.code === circleErrorCodes.userTokenInvalid
          ? 'Circle refused the user token'
          : 'The user token expired'}
      </h3>
      <p role="alert">
        Circle no longer takes the pasted user token
        {refusal.code === null ? `: ${refusal.message}` : ` (Circle code ${refusal.code}: “${refusal.message}”).`} PIN
        Desk cannot make a new one: it does not know the user. Get a new user token and encryption key for the same user
        from your backend (POST /v1/w3s/users/token) and paste them here.
      </p>
      <PastedGrantFields
        replacing
        userToken={fields.userToken}
        encryptionKey={fields.encryptionKey}
        onChange={edit}
        problems={problems}
      />
      <div className="actions">
        <button type="submit">Use new token</button>
      </div>
    </form>
  );
}
