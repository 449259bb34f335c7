import type { Metadata } from 'next';
import { StillView } from '@/components/views/still-view';
import { getStory } from '@/lib/content/get-story';
import '../styles/still.css';

const { meta } = getStory();

/** A page for the picture-taking script and the visual tests, not for readers or search. */
export const metadata: Metadata = {
  title: `${meta.title} (still pictures)`,
  robots: { index: false, follow: false },
};

/** The English stills' page: `/still/#<step-id>`. */
export default function StillPage() {
  return <StillView edition="en" />;
}
