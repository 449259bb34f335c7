import { sharePage } from '@/components/views/share-page';

export const dynamicParams = false;

const page = sharePage('zh');

export const { generateStaticParams, generateMetadata } = page;

/** A step's share page, in Chinese. */
export default page.SharePage;
