import { LessonView } from '@/components/views/lesson-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { LESSON_TEXT } from '@/lib/i18n/lesson-text';

export const metadata = editionMetadata('en', '/lesson/', LESSON_TEXT.en.title);

/** The lesson builder, in English: a teacher picks and orders steps, and gets the lesson's link. */
export default function LessonPage() {
  return <LessonView edition="en" />;
}
