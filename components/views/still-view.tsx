import { StillStage, type StillStep } from '@/components/still/still-stage';
import type { Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';

/** The title band's "Step 5 of 19", in the edition's words. */
const POSITION: Readonly<Record<Edition, (step: number, total: number) => string>> = {
  en: (step, total) => `Step ${step} of ${total}`,
  zh: (step, total) => `第${step}步，共${total}步`,
};

/**
 * Every step's still picture is a photograph of this page at a fixed window size
 * (`npm run stills`): `/still/#<step-id>` (or `/zh/still/#<step-id>`) shows that step's live
 * map, key and title band, in the edition's language.
 */
export function StillView({ edition }: { readonly edition: Edition }) {
  const story = getStory(edition);
  const { meta } = story;
  const total = story.steps.length;
  const steps: StillStep[] = story.steps.map((step) => ({
    id: step.id,
    scene: step.scene,
    title: step.title ?? meta.title,
    position: POSITION[edition](step.index + 1, total),
  }));
  return (
    <main id="story-text">
      <StillStage steps={steps} storyTitle={meta.title} />
    </main>
  );
}
