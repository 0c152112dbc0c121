import type { RailStep } from './step-rail-steps';

const stateLabel = { waiting: 'Not started', working: 'In progress', done: 'Done', failed: 'Failed' } as const;

export function StepRail({ steps }: { steps: RailStep[] }) {
  return (
    <ol className="step-rail" aria-label="Reset steps">
      {steps.map((step) => (
        <li
          key={step.number}
          className={`step step-${step.state}`}
          aria-current={step.state === 'working' ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {step.number}
          </span>
          <div>
            <p className="step-title">
              {step.title} <span className="step-state">— {stateLabel[step.state]}</span>
            </p>
            {step.detail && <p className="step-detail">{step.detail}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
