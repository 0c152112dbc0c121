import { useId } from 'react';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import type { CustomerAnswers, Recommendation } from '../../shared/lookup/path-recommendation';
import { useClock } from '../clock/clock';
import { formatRemaining, timeWords, withLocalTimes } from '../clock/time-words';
import type { ChosenPath } from '../customer/customer-advice';
import type { StartChoice, StartChoices } from '../customer/start-choices';
import { TellTheCustomer } from '../customer-language/TellTheCustomer';
import { CopyIdButton } from '../live-case/CopyIdButton';
import type { LookupFailureScript } from './lookup-failure';

interface DecisionPanelProps {
  answers: CustomerAnswers;
  onAnswers(answers: CustomerAnswers): void;
  recommendation: Recommendation;
  /** A failed lookup's script, which replaces the path's. */
  failure: LookupFailureScript | null;
  /** While a case is on screen: the path chosen, and the box folds to that one line. */
  chosen: ChosenPath | null;
  choices: StartChoices;
  onStart(flow: ConsoleFlow): void;
  onRetryLookup(): void;
  /** The customer's language, named beside the "Tell the customer" words. */
  language?: CustomerLanguage | undefined;
}

/** `next`: the question to ask now — the step itself, marked as a filled button marks a step (no button is one). */
function YesNo({
  legend,
  value,
  next,
  onChange,
}: {
  legend: string;
  value: boolean | null;
  next: boolean;
  onChange(value: boolean): void;
}) {
  const name = useId();
  return (
    <fieldset className={next ? 'yes-no next-question' : 'yes-no'} data-next={next || undefined}>
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

function RecommendationScript({
  recommendation,
  language,
}: {
  recommendation: Recommendation;
  language: CustomerLanguage | undefined;
}) {
  const now = useClock();
  const unrecoverable = recommendation.path === 'unrecoverable';
  return (
    <div
      className={`script recommendation recommendation-${recommendation.path}`}
      role={unrecoverable ? 'alert' : undefined}
      data-testid="recommendation"
      data-path={recommendation.path}
    >
      <p className="script-title">{recommendation.title}</p>
      <p>{withLocalTimes(recommendation.reason, now)}</p>
      {recommendation.waitUntil && (
        <p>
          Unlocks {timeWords(recommendation.waitUntil, now)} (
          <span data-testid="recommendation-countdown">{formatRemaining(recommendation.waitUntil, now)}</span>)
        </p>
      )}
      <TellTheCustomer words={recommendation.tellCustomer} language={language} />
    </div>
  );
}

function FailureScript({
  failure,
  primary,
  onRetry,
  language,
}: {
  failure: LookupFailureScript;
  language: CustomerLanguage | undefined;
  primary: boolean;
  onRetry(): void;
}) {
  return (
    <div
      className="script recommendation recommendation-lookup-failed"
      data-testid="recommendation"
      data-path="lookup-failed"
    >
      <p className="script-title">{failure.title}</p>
      <TellTheCustomer words={failure.tellCustomer} language={language} />
      <p>
        <strong>Next:</strong> {failure.nextStep}
      </p>
      {failure.requestId && (
        <p className="request-id">
          Request ID for Circle Support: <code data-testid="request-id">{failure.requestId}</code>{' '}
          <CopyIdButton kind="requestId" value={failure.requestId} label="Copy request ID" />
        </p>
      )}
      {failure.retry && (
        <div className="actions">
          <button type="button" className={primary ? '' : 'secondary'} onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The two questions for the customer, the path that can succeed and its script, and the starts. A failed lookup's
 * script takes the path's place; while a case is on screen the box folds to the path chosen, and the case speaks.
 */
export function DecisionPanel(props: DecisionPanelProps) {
  const { answers, onAnswers, recommendation, failure, chosen, choices, onStart, onRetryLookup, language } = props;
  if (chosen) {
    return (
      <section className="panel path-panel path-folded" aria-label="Which path?">
        <p data-testid="recommendation" data-path={chosen.path}>
          <strong>Path:</strong> {chosen.line}
        </p>
      </section>
    );
  }
  // Asking is the next step only while the path waits on an answer (a lookup that rules out both starts does not).
  const asking = !failure && recommendation.path === 'ask';
  // A failed lookup, or an account no answer can help (disabled, no PIN yet), leaves nothing to ask: the questions go.
  const answersMatter = !failure && recommendation.path !== 'not-a-reset-case';
  return (
    <section className="panel path-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Which path?</h2>
      <div className={answersMatter ? 'path-body' : 'path-body no-questions'}>
        {answersMatter && (
          <div className="questions">
            <YesNo
              legend="Customer knows their current PIN?"
              value={answers.knowsPin}
              next={asking && recommendation.askNext === 'knowsPin'}
              onChange={(knowsPin) => onAnswers({ ...answers, knowsPin })}
            />
            <YesNo
              legend="Customer remembers their security answers?"
              value={answers.remembersAnswers}
              next={asking && recommendation.askNext === 'remembersAnswers'}
              onChange={(remembersAnswers) => onAnswers({ ...answers, remembersAnswers })}
            />
          </div>
        )}
        <div className="path-script">
          {failure ? (
            <FailureScript
              failure={failure}
              primary={choices.retryLookupPrimary}
              onRetry={onRetryLookup}
              language={language}
            />
          ) : (
            <>
              <RecommendationScript recommendation={recommendation} language={language} />
              <div className="actions start-actions">
                <StartButton label="Start PIN reset" choice={choices.reset} onClick={() => onStart('reset')} />
                <StartButton
                  label="Start account recovery"
                  choice={choices.recovery}
                  onClick={() => onStart('recovery')}
                />
              </div>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
