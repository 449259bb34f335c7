import { LessonBuilder } from '@/components/lesson/lesson-builder';
import { TitleBlock } from '@/components/story/title-block';
import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { getStory } from '@/lib/content/get-story';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import { LESSON_TEXT } from '@/lib/i18n/lesson-text';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * The lesson builder's page in one edition: a teacher picks and orders steps (titled in the
 * edition's words) and gets a link to the lesson's presentation in the same edition.
 */
export function LessonView({ edition }: { readonly edition: Edition }) {
  const words = LESSON_TEXT[edition];
  const steps = getStory(edition).steps.map((step) => ({
    id: step.id,
    title: step.title ?? CLIENT_TEXT[edition].stepFallbackTitle(step.index + 1),
  }));
  return (
    <main className="lesson-builder" id="main">
      <TitleBlock className="lesson-header" kicker={words.kicker} title={words.heading}>
        <p className="lesson-intro">{words.intro}</p>
        <p className="lesson-back">
          <a href={`${BASE_PATH}${EDITION_PREFIX[edition]}/`}>{words.back}</a>
        </p>
      </TitleBlock>
      <LessonBuilder steps={steps} edition={edition} />
    </main>
  );
}
