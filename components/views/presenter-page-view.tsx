import { PresenterView } from '@/components/present/presenter-view';
import type { PresenterStep } from '@/components/present/types';
import type { Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { UI_TEXT } from '@/lib/i18n/ui-text';

/** The presenter view: each step's notes and question, for the teacher's own screen. */
export function PresenterPageView({ edition }: { readonly edition: Edition }) {
  const steps: PresenterStep[] = getStory(edition).steps.map((step) => ({
    id: step.id,
    title: step.title ?? UI_TEXT[edition].stepFallbackTitle(step.index + 1),
    notes: step.notes,
    question: step.question,
    mapDescription: step.mapDescription,
  }));
  return <PresenterView steps={steps} />;
}
