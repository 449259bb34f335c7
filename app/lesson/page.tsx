import type { Metadata } from 'next';
import { LessonBuilder } from '@/components/lesson/lesson-builder';
import { TitleBlock } from '@/components/story/title-block';
import { getStory } from '@/lib/content/get-story';
import { BASE_PATH } from '@/lib/site/base-path';

const { meta } = getStory();

/** Every word of the page's frame, in one place for translation. */
const WORDS = {
  title: `Make a lesson: ${meta.title}`,
  kicker: 'For teachers',
  heading: 'Make a lesson',
  intro:
    'Pick the steps of the story you want to teach and put them in order. The lesson is a link: it presents just those steps, and its handout prints them with a question for the class.',
  back: 'Back to the story',
} as const;

export const metadata: Metadata = { title: WORDS.title };

/** The lesson builder: a teacher picks and orders steps, and gets the lesson's link. */
export default function LessonPage() {
  const steps = getStory().steps.map((step) => ({
    id: step.id,
    title: step.title ?? `Step ${step.index + 1}`,
  }));
  return (
    <main className="lesson-builder" id="main">
      <TitleBlock className="lesson-header" kicker={WORDS.kicker} title={WORDS.heading}>
        <p className="lesson-intro">{WORDS.intro}</p>
        <p className="lesson-back">
          <a href={`${BASE_PATH}/`}>{WORDS.back}</a>
        </p>
      </TitleBlock>
      <LessonBuilder steps={steps} />
    </main>
  );
}
