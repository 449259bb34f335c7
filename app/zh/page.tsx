import { StoryView } from '@/components/views/story-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';

export const metadata = editionMetadata('zh', '/');

/** The scroll article in Chinese: the same steps, ids and maps as the English one. */
export default function ChineseStoryPage() {
  return <StoryView edition="zh" />;
}
