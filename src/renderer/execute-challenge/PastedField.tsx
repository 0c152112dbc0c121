import { useId } from 'react';

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
