import type { ReactNode, Ref } from 'react';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import { TellTheCustomer } from '../customer-language/TellTheCustomer';
import { type Guidance, outcomeHeadings } from './outcome-guidance';

/**
 * The case's script: what happened, the one "Tell the customer" line, and what to do next. `ref`: where focus goes
 * when Circle's window takes the keyboard focus away with it. `children`: the controls. For the agent, Circle's code
 * is under the case's Details.
 */
export function OutcomeGuidance({
  guidance,
  developer = false,
  language,
  ref,
  children,
}: {
  guidance: Guidance;
  /** The customer's language, named beside the words (which stay in the agent's English). */
  language?: CustomerLanguage | undefined;
  /** With developer details on, Circle's code stands beside the words. */
  developer?: boolean;
  ref?: Ref<HTMLElement>;
  children?: ReactNode;
}) {
  const heading = outcomeHeadings[guidance.kind];
  return (
    <section
      className={`guidance guidance-${guidance.kind}`}
      data-outcome={guidance.kind}
      aria-label="What to tell the customer"
      tabIndex={-1}
      ref={ref}
    >
      <p className="guidance-headline">
        <span className="guidance-icon" aria-hidden="true">
          {heading.icon}
        </span>{' '}
        {/* No headline when the reason is already on screen (the alert above): the word alone. */}
        <strong>{guidance.headline ? `${heading.word}:` : heading.word}</strong> {guidance.headline}
        {developer && guidance.code !== null && <span className="code"> Circle code {guidance.code}</span>}
      </p>
      <TellTheCustomer words={guidance.tellCustomer} language={language} code={guidance.code} />
      <p>
        <strong>Next:</strong> {guidance.nextStep}
      </p>
      {children}
    </section>
  );
}
