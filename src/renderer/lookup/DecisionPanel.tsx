import { useId } from 'react';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import type { CustomerAnswers } from '../../shared/lookup/path-recommendation';
import { useClock } from '../clock/clock';
import { formatRemaining, timeWords, withLocalTimes } from '../clock/time-words';
import type { CustomerAdvice } from '../customer/customer-advice';
import type { StartChoice, StartChoices } from '../customer/start-choices';

interface DecisionPanelProps {
  answers: CustomerAnswers;
  onAnswers(answers: CustomerAnswers): void;
  advice: CustomerAdvice;
  choices: StartChoices;
  onStart(flow: ConsoleFlow): void;
}

function YesNo({ legend, value, onChange }: { legend: string; value: boolean | null; onChange(value: boolean): void }) {
  const name = useId();
  return (
    <fieldset className="yes-no">
      <legend>{legend}</legend>
      {([true, false] as const).map((option) => (
        <label key={String(option)}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {option ? 'Yes' : 'No'}
        </label>
      ))}
    </fieldset>
  );
}

function StartButton({ label, choice, onClick }: { label: string; choice: StartChoice; onClick(): void }) {
  const reasonId = useId();
  const now = useClock();
  return (
    <div className="start-choice">
      <button
        type="button"
        disabled={!choice.enabled}
        className={choice.primary ? '' : 'secondary'}
        aria-describedby={choice.reason ? reasonId : undefined}
        onClick={onClick}
      >
        {label}
      </button>
      {choice.reason && (
        <span id={reasonId} className="start-reason">
          {withLocalTimes(choice.reason, now)}
        </span>
      )}
    </div>
  );
}

/** The two questions for the customer, the path that can succeed (or the one running), and the starts. */
export function DecisionPanel({ answers, onAnswers, advice, choices, onStart }: DecisionPanelProps) {
  const now = useClock();
  const unrecoverable = advice.path === 'unrecoverable';
  return (
    <section className="panel decision-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Which path?</h2>
      <div className="questions">
        <YesNo
          legend="Customer knows their current PIN?"
          value={answers.knowsPin}
          onChange={(knowsPin) => onAnswers({ ...answers, knowsPin })}
        />
        <YesNo
          legend="Customer remembers their security answers?"
          value={answers.remembersAnswers}
          onChange={(remembersAnswers) => onAnswers({ ...answers, remembersAnswers })}
        />
      </div>
      <div
        className={`recommendation recommendation-${advice.path}`}
        role={unrecoverable ? 'alert' : undefined}
        data-testid="recommendation"
        data-path={advice.path}
      >
        <p className="recommendation-title">{advice.title}</p>
        <p>{withLocalTimes(advice.reason, now)}</p>
        {advice.waitUntil && (
          <p>
            Unlocks {timeWords(advice.waitUntil, now)} (
            <span data-testid="recommendation-countdown">{formatRemaining(advice.waitUntil, now)}</span>)
          </p>
        )}
        <p>
          <strong>Tell the customer:</strong> {advice.tellCustomer}
        </p>
      </div>
      <div className="actions start-actions">
        <StartButton label="Start PIN reset" choice={choices.reset} onClick={() => onStart('reset')} />
        <StartButton label="Start account recovery" choice={choices.recovery} onClick={() => onStart('recovery')} />
      </div>
    </section>
  );
}
