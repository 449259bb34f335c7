import type { Metadata } from 'next';
import { ShareView, shareMetadata, shareStaticParams } from '@/components/views/share-view';

interface SharePageProps {
  readonly params: Promise<{ readonly id: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return shareStaticParams('en');
}

export async function generateMetadata({ params }: SharePageProps): Promise<Metadata> {
  return shareMetadata('en', (await params).id);
}

/** A step's share page, in English. */
export default async function SharePage({ params }: SharePageProps) {
  return <ShareView edition="en" id={(await params).id} />;
}
