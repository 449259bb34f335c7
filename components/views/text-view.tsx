import { AsOfLine } from '@/components/story/as-of-line';
import { Credits } from '@/components/story/credits';
import { PlainSourceList } from '@/components/story/plain-source-list';
import { StepContent } from '@/components/story/step-content';
import { StepStill } from '@/components/story/step-still';
import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * The story as one plain page: every step with its map as a still picture and its map
 * description, no live map and no scrolling effects. The fastest way through the story on
 * any device, and the handout a teacher prints.
 */
export function TextView({ edition }: { readonly edition: Edition }) {
  const story = getStory(edition);
  const { meta } = story;
  const text = UI_TEXT[edition];
  const total = story.steps.length;
  return (
    <>
      <main className="text-view" id="story-text">
        <header className="text-view-header">
          <p className="kicker">{text.textKicker}</p>
          <h1>{meta.title}</h1>
          <p className="dek">{meta.dek}</p>
          <p className="byline">{meta.byline}</p>
          <AsOfLine meta={meta} edition={edition} />
          <p className="text-view-switch">
            <a href={`${BASE_PATH}${EDITION_PREFIX[edition]}/`}>{text.readWithMap}</a>
          </p>
        </header>
        {story.steps.map((step) => (
          <article
            key={step.id}
            id={step.id}
            className="text-step"
            aria-labelledby={step.title ? `${step.id}-title` : undefined}
          >
            <StepContent step={step} total={total} edition={edition} />
            <StepStill stepId={step.id} description={step.mapDescription} edition={edition} />
            <PlainSourceList sources={step.sources} edition={edition} />
          </article>
        ))}
      </main>
      <Credits story={story} edition={edition} />
    </>
  );
}
