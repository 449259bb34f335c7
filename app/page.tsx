import { StoryView } from '@/components/views/story-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';

export const metadata = editionMetadata('en', '/');

/** The scroll article in English. */
export default function StoryPage() {
  return <StoryView edition="en" />;
}
