import type { Metadata } from 'next';
import type { Edition } from '@/lib/content/editions';
import { ShareView, shareMetadata, shareStaticParams } from './share-view';

interface SharePageProps {
  readonly params: Promise<{ readonly id: string }>;
}

/**
 * What a step's share route (`app/s/[id]`, `app/zh/s/[id]`) exports, for one edition: both
 * editions' routes are this one page. (`dynamicParams` stays in each route file: Next reads
 * segment options from the file's own text.)
 */
export function sharePage(edition: Edition) {
  return {
    generateStaticParams() {
      return shareStaticParams(edition);
    },
    async generateMetadata({ params }: SharePageProps): Promise<Metadata> {
      return shareMetadata(edition, (await params).id);
    },
    async SharePage({ params }: SharePageProps) {
      return <ShareView edition={edition} id={(await params).id} />;
    },
  };
}
