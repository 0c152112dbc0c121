import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';

/** "New customer" while a case runs: the agent says whether to end it first. */
export function EndCaseQuestion({ onEnd, onKeep }: { onEnd(): void; onKeep(): void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="panel end-case-question" role="alertdialog" aria-labelledby="end-case-question">
      <p id="end-case-question">
        <strong>End the case in progress?</strong> The customer’s challenge is cancelled and the case is logged as
        cancelled.
      </p>
      <div className="actions">
        <button type="button" ref={first} onClick={onEnd}>
          Yes, end it
        </button>
        <button type="button" className="secondary" onClick={onKeep}>
          No, keep the case
        </button>
      </div>
    </div>
  );
}

/** Circle mainnet: the user ID typed a second time (its field takes focus as it appears). */
export function MainnetRetype({
  flow,
  userId,
  onConfirmed,
  onCancel,
}: {
  flow: ConsoleFlow;
  userId: string;
  onConfirmed(retyped: string): void;
  onCancel(): void;
}) {
  const [retyped, setRetyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (retyped.trim() !== userId) {
      setProblem('The two user IDs differ. Type it again exactly as the customer gave it.');
      return;
    }
    onConfirmed(retyped.trim());
  };
  return (
    <form className="panel confirm-retype" onSubmit={confirm} noValidate>
      <p>
        <strong>Circle mainnet.</strong> Confirm who this {flow === 'reset' ? 'PIN reset' : 'account recovery'} is for.
      </p>
      <label htmlFor="retyped-user-id">Type the user ID again to confirm</label>
      <div className="field-row">
        <input
          id="retyped-user-id"
          ref={field}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={retyped}
          onChange={(event) => setRetyped(event.target.value)}
        />
        <button type="submit">Confirm and start</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </form>
  );
}
