import type { Metadata } from 'next';
import { StillView } from '@/components/views/still-view';
import { getStory } from '@/lib/content/get-story';
import '../../styles/still.css';

const { meta } = getStory('zh');

/** A page for the picture-taking script and the visual tests, not for readers or search. */
export const metadata: Metadata = {
  title: `${meta.title}（静态图）`,
  robots: { index: false, follow: false },
};

/** The Chinese stills' page: `/zh/still/#<step-id>`, the map's labels, key and band in Chinese. */
export default function ChineseStillPage() {
  return <StillView edition="zh" />;
}
