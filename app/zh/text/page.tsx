import { TextView } from '@/components/views/text-view';
import { editionMetadata } from '@/lib/i18n/edition-metadata';
import { UI_TEXT } from '@/lib/i18n/ui-text';

export const metadata = editionMetadata('zh', '/text/', UI_TEXT.zh.textVersionTitle);

/** The story as one plain page, in Chinese. */
export default function ChineseTextPage() {
  return <TextView edition="zh" />;
}
