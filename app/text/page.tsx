import type { Metadata } from 'next';
import { LessonHandout } from '@/components/lesson/lesson-handout';
import { Credits } from '@/components/story/credits';
import { PlainSourceList } from '@/components/story/plain-source-list';
import { StepContent } from '@/components/story/step-content';
import { StepQuestion } from '@/components/story/step-question';
import { StepStill } from '@/components/story/step-still';
import { getStory } from '@/lib/content/get-story';
import { BASE_PATH } from '@/lib/site/base-path';
import { AsOfLine } from '@/components/story/as-of-line';
import { DataDownloads } from '@/components/shared/data-downloads';
import { downloadFilesFor } from '@/lib/downloads/step-downloads';
import { sceneFor } from '@/lib/story/scene-for';

const { meta } = getStory();

export const metadata: Metadata = {
  title: `${meta.title} (text version)`,
  description: meta.dek,
};

/**
 * The story as one plain page: every step with its map as a still picture and its map
 * description, no live map and no scrolling effects. The fastest way through the story on
 * any device, and the handout a teacher prints: each step carries its question for the class,
 * and a lesson link (`/text/?steps=a,b,c`) narrows it to the lesson's steps.
 */
export default function TextPage() {
  const story = getStory();
  return (
    <>
      <main className="text-view" id="story-text">
        <header className="text-view-header">
          <p className="kicker">A map story, as text</p>
          <h1>{meta.title}</h1>
          <p className="dek">{meta.dek}</p>
          <p className="byline">{meta.byline}</p>
          <AsOfLine meta={meta} />
          <p className="text-view-switch">
            <a href={`${BASE_PATH}/`}>Read it with the moving map</a>
          </p>
        </header>
        <LessonHandout
          steps={story.steps.map((step) => {
            const downloads = downloadFilesFor(step.id, sceneFor(step));
            return {
              id: step.id,
              labelledBy: step.title ? `${step.id}-title` : undefined,
              title: step.title ?? `Step ${step.index + 1}`,
              question: step.question,
              content: (
                <>
                  <StepContent step={step} />
                  <StepQuestion question={step.question} />
                  <StepStill stepId={step.id} description={step.mapDescription} />
                  <PlainSourceList sources={step.sources} />
                  {downloads ? (
                    <DataDownloads files={downloads} stepTitle={step.title ?? step.id} />
                  ) : null}
                </>
              ),
            };
          })}
        />
      </main>
      <Credits story={story} />
    </>
  );
}
