import type { Metadata } from 'next';
import { ShareView, shareMetadata, shareStaticParams } from '@/components/views/share-view';

interface SharePageProps {
  readonly params: Promise<{ readonly id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return shareStaticParams('zh');
}

export async function generateMetadata({ params }: SharePageProps): Promise<Metadata> {
  return shareMetadata('zh', (await params).id);
}

/** A step's share page, in Chinese. */
export default async function ChineseSharePage({ params }: SharePageProps) {
  return <ShareView edition="zh" id={(await params).id} />;
}
