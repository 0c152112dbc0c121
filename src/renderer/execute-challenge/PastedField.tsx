import { useId } from 'react';
import { encryptionKeyMaxLength, userTokenMaxLength } from '../../shared/contract/executed-challenge-rules';
import type { PastedProblems } from './pasted-fields';

interface PastedFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  problem: string | undefined;
  /** Secrets are masked on screen (the agent's screen may be shared or watched). */
  secret?: boolean;
  maxLength: number;
}

/** One pasted value with its inline message, announced with the field. */
export function PastedField({ label, value, onChange, problem, secret = false, maxLength }: PastedFieldProps) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="pasted-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={secret ? 'password' : 'text'}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
      />
      {problem && (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

interface PastedGrantFieldsProps {
  /** They replace a pair Circle refused: "New user token", "New encryption key". */
  replacing?: boolean;
  userToken: string;
  encryptionKey: string;
  onChange(field: 'userToken' | 'encryptionKey', value: string): void;
  problems: PastedProblems;
}

/** The pasted user token and encryption key: both secret, both bounded as main bounds them. */
export function PastedGrantFields(props: PastedGrantFieldsProps) {
  const { replacing = false, userToken, encryptionKey, onChange, problems } = props;
  return (
    <>
      <PastedField
        label={replacing ? 'New user token' : 'User token'}
        secret
        value={userToken}
        onChange={(value) => onChange('userToken', value)}
        problem={problems.userToken}
        maxLength={userTokenMaxLength + 1}
      />
      <PastedField
        label={replacing ? 'New encryption key' : 'Encryption key'}
        secret
        value={encryptionKey}
        onChange={(value) => onChange('encryptionKey', value)}
        problem={problems.encryptionKey}
        maxLength={encryptionKeyMaxLength + 1}
      />
    </>
  );
}
