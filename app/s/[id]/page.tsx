import { sharePage } from '@/components/views/share-page';

export const dynamicParams = false;

const page = sharePage('en');

export const { generateStaticParams, generateMetadata } = page;

/** A step's share page, in English. */
export default page.SharePage;
