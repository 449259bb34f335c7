import type { Edition } from '@/lib/content/editions';
import type { Step } from '@/lib/content/types';
import { CopyLinkButton } from './copy-link-button';
import { SourceList } from './source-list';
import { StepText } from './step-text';

interface StepContentProps {
  readonly step: Step;
  /** The story's length, for "5 / 19"; left out where the view numbers steps itself (a lesson). */
  readonly total?: number;
  readonly edition?: Edition;
}

/** Everything a step says in the scroll article, rendered on the server into the static HTML. */
export function StepContent({ step, total, edition = 'en' }: StepContentProps) {
  return (
    <>
      {total === undefined ? null : (
        <p className="step-count">
          {step.index + 1} / {total}
        </p>
      )}
      <StepText step={step} edition={edition} />
      <SourceList sources={step.sources} edition={edition} />
      <CopyLinkButton stepId={step.id} />
    </>
  );
}
