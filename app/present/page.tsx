import { PresentView } from '@/components/views/present-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';

export const metadata = editionMetadata('en', '/present/', UI_TEXT.en.presentationTitle);

/** Presentation mode, in English. */
export default function PresentPage() {
  return <PresentView edition="en" />;
}
