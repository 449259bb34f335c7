import { LessonHandout } from '@/components/lesson/lesson-handout';
import { DataDownloads } from '@/components/shared/data-downloads';
import { Credits } from '@/components/story/credits';
import { SourceList } from '@/components/story/source-list';
import { StepContent } from '@/components/story/step-content';
import { StepQuestion } from '@/components/story/step-question';
import { StepStill } from '@/components/story/step-still';
import { StoryTitleBlock } from '@/components/story/story-title-block';
import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { downloadFilesFor } from '@/lib/downloads/step-downloads';
import { BASE_PATH } from '@/lib/site/base-path';
import { sceneFor } from '@/lib/story/scene-for';

/**
 * The story as one plain page: every step with its map as a still picture and its map
 * description, no live map and no scrolling effects. The fastest way through the story on
 * any device, and the handout a teacher prints: each step carries its question for the class,
 * and a lesson link (`/text/?steps=a,b,c`) narrows it to the lesson's steps.
 */
export function TextView({ edition }: { readonly edition: Edition }) {
  const story = getStory(edition);
  const { meta } = story;
  const text = UI_TEXT[edition];
  return (
    <>
      <main className="text-view" id="story-text">
        <StoryTitleBlock
          className="text-view-header"
          kicker={text.textKicker}
          meta={meta}
          edition={edition}
        >
          <p className="text-view-switch">
            <a href={`${BASE_PATH}${EDITION_PREFIX[edition]}/`}>{text.readWithMap}</a>
          </p>
        </StoryTitleBlock>
        <LessonHandout
          edition={edition}
          steps={story.steps.map((step) => {
            const downloads = downloadFilesFor(step.id, sceneFor(step));
            return {
              id: step.id,
              labelledBy: step.title ? `${step.id}-title` : undefined,
              title: step.title ?? CLIENT_TEXT[edition].stepFallbackTitle(step.index + 1),
              question: step.question,
              content: (
                <>
                  <StepContent step={step} edition={edition} />
                  <StepQuestion question={step.question} edition={edition} />
                  <StepStill stepId={step.id} description={step.mapDescription} edition={edition} />
                  <SourceList sources={step.sources} edition={edition} plain />
                  {downloads ? (
                    <DataDownloads
                      files={downloads}
                      stepTitle={step.title ?? step.id}
                      edition={edition}
                    />
                  ) : null}
                </>
              ),
            };
          })}
        />
      </main>
      <Credits story={story} edition={edition} />
    </>
  );
}
