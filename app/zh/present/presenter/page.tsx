import { PresenterPageView } from '@/components/views/presenter-page-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';

export const metadata = editionMetadata('zh', '/present/presenter/', UI_TEXT.zh.presenterTitle);

/** The presenter view, in Chinese. */
export default function ChinesePresenterPage() {
  return <PresenterPageView edition="zh" />;
}
