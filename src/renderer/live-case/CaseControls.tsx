import { useEffect, useRef, useState } from 'react';
import { isHandedOver } from '../../shared/customer-screen/customer-screen';
import type { CaseControl, ControlPlan } from './case-controls';
import type { LiveCaseState } from './live-case-state';

export interface CaseControlActions {
  retryStart(): void;
  resume(): void;
  freshChallenge(): void;
  /** After a reset ended with the PIN locked: account recovery for the same customer. */
  startRecovery(): void;
  /** Ends the case and clears the customer: Close case, or Cancel case once confirmed. */
  closeCase(): void;
  cancelCase(): void;
}

/** Cancel case says what really happens before it happens: Circle has no cancel. */
function CancelQuestion({ onCancel, onKeep }: { onCancel(): void; onKeep(): void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="confirm-inline cancel-question" role="alertdialog" aria-labelledby="cancel-question">
      <p id="cancel-question">
        <strong>Cancel this case?</strong> Circle has no way to cancel a challenge: it stays open until it expires, and
        nobody at the desk can use it. The case is logged as cancelled.
      </p>
      <div className="actions">
        <button type="button" ref={first} className="danger" onClick={onCancel}>
          Yes, cancel the case
        </button>
        <button type="button" className="secondary" onClick={onKeep}>
          No, keep it
        </button>
      </div>
    </div>
  );
}

/** The case's buttons: exactly the next step filled (or none while the customer is the one acting). */
export function CaseControls({
  plan,
  state,
  actions,
}: {
  plan: ControlPlan;
  state: LiveCaseState;
  actions: CaseControlActions;
}) {
  const [asking, setAsking] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const onCustomerScreen = state.phase === 'active' && state.session !== null && isHandedOver(state.session);
  const words: Record<CaseControl, string> = {
    retry: 'Retry',
    resume: onCustomerScreen ? 'Reopen on the customer screen' : 'Reopen PIN window',
    fresh: 'Start a fresh challenge',
    recovery: 'Start account recovery',
    cancel: plan.cancelWords,
    close: 'Close case',
  };
  const act: Record<CaseControl, () => void> = {
    retry: actions.retryStart,
    resume: actions.resume,
    fresh: actions.freshChallenge,
    recovery: actions.startRecovery,
    cancel: () => (plan.cancelAsks ? setAsking(true) : actions.cancelCase()),
    close: actions.closeCase,
  };
  if (plan.shown.length === 0) return null;
  return (
    <>
      <div className="actions case-actions">
        {plan.shown.map((control) => (
          <button
            key={control}
            type="button"
            ref={control === 'cancel' ? cancelButton : undefined}
            className={control === plan.primary ? '' : 'secondary'}
            aria-expanded={control === 'cancel' && plan.cancelAsks ? asking : undefined}
            onClick={act[control]}
          >
            {words[control]}
          </button>
        ))}
      </div>
      {asking && plan.shown.includes('cancel') && (
        <CancelQuestion
          onCancel={() => {
            setAsking(false);
            actions.cancelCase();
          }}
          onKeep={() => {
            setAsking(false);
            cancelButton.current?.focus();
          }}
        />
      )}
    </>
  );
}
