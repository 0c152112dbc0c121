import { useId } from 'react';
import type { CustomerAnswers, Recommendation } from '../../shared/lookup/path-recommendation';
import { formatRemaining, useNow } from '../clock/use-now';

interface DecisionPanelProps {
  answers: CustomerAnswers;
  onAnswers(answers: CustomerAnswers): void;
  recommendation: Recommendation;
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

/** The two questions for the customer, and the path that can succeed. */
export function DecisionPanel({ answers, onAnswers, recommendation }: DecisionPanelProps) {
  const now = useNow(1000, recommendation.waitUntil !== null);
  const unrecoverable = recommendation.path === 'unrecoverable';
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
        className={`recommendation recommendation-${recommendation.path}`}
        role={unrecoverable ? 'alert' : undefined}
        data-testid="recommendation"
        data-path={recommendation.path}
      >
        <p className="recommendation-title">{recommendation.title}</p>
        <p>{recommendation.reason}</p>
        {recommendation.waitUntil && (
          <p>
            Unlocks at {new Date(recommendation.waitUntil).toLocaleString()} (
            {formatRemaining(recommendation.waitUntil, now)})
          </p>
        )}
        <p>
          <strong>Tell the customer:</strong> {recommendation.tellCustomer}
        </p>
      </div>
    </section>
  );
}
