import type { Metadata } from 'next';
import { EmbedView } from '@/components/views/embed-view';

export const metadata: Metadata = { robots: { index: false } };

/** The story for an iframe, in Chinese. */
export default function ChineseEmbedPage() {
  return <EmbedView edition="zh" />;
}
