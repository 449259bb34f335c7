import { LessonView } from '@/components/views/lesson-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { LESSON_TEXT } from '@/lib/i18n/lesson-text';

export const metadata = editionMetadata('zh', '/lesson/', LESSON_TEXT.zh.title);

/** The lesson builder, in Chinese: its links present the lesson in Chinese. */
export default function ChineseLessonPage() {
  return <LessonView edition="zh" />;
}
