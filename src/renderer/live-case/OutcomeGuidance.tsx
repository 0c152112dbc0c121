import type { ReactNode, Ref } from 'react';
import { type Guidance, outcomeHeadings } from './outcome-guidance';

/** `ref`: where focus goes when Circle's window takes the keyboard focus away with it. `children`: the controls. */
export function OutcomeGuidance({
  guidance,
  ref,
  children,
}: {
  guidance: Guidance;
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
        <strong>{heading.word}:</strong> {guidance.headline}
        {guidance.code !== null && <span className="code"> Circle code {guidance.code}</span>}
      </p>
      <p>
        <strong>Tell the customer:</strong> {guidance.tellCustomer}
      </p>
      <p>
        <strong>Next:</strong> {guidance.nextStep}
      </p>
      {children}
    </section>
  );
}
