import type { Step } from '@/lib/content/types';
import { FactCheckNote } from './fact-check-note';
import { SourceList } from './source-list';
import { StepBody } from './step-body';

/** Everything a step says, rendered on the server into the static HTML. */
export function StepContent({ step, total }: { readonly step: Step; readonly total: number }) {
  return (
    <>
      <p className="step-count">
        {step.index + 1} / {total}
      </p>
      {step.title ? (
        <h2 className="step-title" id={`${step.id}-title`}>
          {step.title}
        </h2>
      ) : null}
      {step.figures?.length ? (
        <dl className="figures">
          {step.figures.map((figure) => (
            <div className="figure" key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <StepBody markdown={step.body} />
      {step.factChecks?.map((check) => (
        <FactCheckNote key={check.original} check={check} />
      ))}
      <SourceList sources={step.sources} />
    </>
  );
}
