import { PresentView } from '@/components/views/present-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';

export const metadata = editionMetadata('zh', '/present/', UI_TEXT.zh.presentationTitle);

/** Presentation mode, in Chinese. */
export default function ChinesePresentPage() {
  return <PresentView edition="zh" />;
}
