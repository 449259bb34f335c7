import type { Metadata } from 'next';
import { StoryView } from '@/components/views/story-view';

export const metadata: Metadata = { robots: { index: false } };

/** The story for an iframe, in Chinese. */
export default function ChineseEmbedPage() {
  return <StoryView edition="zh" embedded />;
}
