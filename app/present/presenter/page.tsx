import { PresenterPageView } from '@/components/views/presenter-page-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';

export const metadata = editionMetadata('en', '/present/presenter/', UI_TEXT.en.presenterTitle);

/** The presenter view, in English. */
export default function PresenterPage() {
  return <PresenterPageView edition="en" />;
}
