import type { Metadata } from 'next';
import { PresenterView } from '@/components/present/presenter-view';
import type { PresenterStep } from '@/components/present/types';
import { getStory } from '@/lib/content/get-story';

export const metadata: Metadata = {
  title: `Presenter view: ${getStory().meta.title}`,
};

/** The presenter view: each step's notes and question, for the teacher's own screen. */
export default function PresenterPage() {
  const steps: PresenterStep[] = getStory().steps.map((step) => ({
    id: step.id,
    title: step.title ?? `Step ${step.index + 1}`,
    notes: step.notes,
    question: step.question,
    mapDescription: step.mapDescription,
  }));
  return <PresenterView steps={steps} />;
}
