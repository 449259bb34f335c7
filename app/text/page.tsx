import { TextView } from '@/components/views/text-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';

export const metadata = editionMetadata('en', '/text/', UI_TEXT.en.textVersionTitle);

/** The story as one plain page, in English. */
export default function TextPage() {
  return <TextView edition="en" />;
}
