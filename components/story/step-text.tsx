import type { InEdition } from '@/lib/content/editions';
import type { Step } from '@/lib/content/types';
import { FactCheckNote } from './fact-check-note';
import { StepBody } from './step-body';
import { StepChart } from './step-chart';

/**
 * What a step says: its title, figures, text and corrections, rendered on the server. The
 * scroll article and presentation mode both show it, each in its own frame.
 */
export function StepText({ step, edition = 'en' }: InEdition<{ step: Step }>) {
  return (
    <>
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
      {step.chart ? <StepChart chart={step.chart} id={step.id} edition={edition} /> : null}
      {step.factChecks?.map((check) => (
        <FactCheckNote key={check.original} check={check} edition={edition} />
      ))}
    </>
  );
}
