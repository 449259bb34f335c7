import type { Metadata } from 'next';
import { StillStage, type StillStep } from '@/components/still/still-stage';
import { getStory } from '@/lib/content/get-story';
import '../styles/still.css';

const { meta } = getStory();

/** A page for the picture-taking script and the visual tests, not for readers or search. */
export const metadata: Metadata = {
  title: `${meta.title} (still pictures)`,
  robots: { index: false, follow: false },
};

/**
 * Every step's still picture is a photograph of this page at a fixed window size
 * (`npm run stills`): `/still/#<step-id>` shows that step's live map, key and title band.
 */
export default function StillPage() {
  const story = getStory();
  const total = story.steps.length;
  const steps: StillStep[] = story.steps.map((step) => ({
    id: step.id,
    scene: step.scene,
    title: step.title ?? meta.title,
    position: `Step ${step.index + 1} of ${total}`,
  }));
  return (
    <main id="story-text">
      <StillStage steps={steps} storyTitle={meta.title} />
    </main>
  );
}
