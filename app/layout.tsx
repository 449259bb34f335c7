import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { ServiceWorkerRegistration } from '@/components/offline/service-worker-registration';
import { EditionHtml } from '@/components/site/edition-html';
import { EditionSwitch } from '@/components/site/edition-switch';
import { getStory } from '@/lib/content/get-story';
import { BASE_PATH } from '@/lib/site/base-path';
import './fonts.css';
import './styles/base.css';
import './styles/article.css';
import './styles/map.css';
import './styles/step-index.css';
import './styles/save-offline.css';
import './styles/text-and-print.css';
import './styles/present.css';
import './styles/present-overlays.css';
import './styles/presenter.css';
import './styles/lesson.css';
import './styles/edition-switch.css';

const { meta } = getStory();

export const metadata: Metadata = {
  title: meta.title,
  description: meta.dek,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#f8f6f0',
};

/** Fonts the first screen uses, fetched early so text does not reflow after it appears. */
const PRELOADED_FONTS = ['serif-400.woff2', 'serif-600.woff2', 'sans-400.woff2'];

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  // React writes each preload once, at the top of <head>; a <link> element would be written
  // twice (hoisted as a resource and again where it stands).
  for (const file of PRELOADED_FONTS) {
    preload(`${BASE_PATH}/fonts/${file}`, {
      as: 'font',
      type: 'font/woff2',
      crossOrigin: 'anonymous',
    });
  }
  return (
    <EditionHtml>
      {children}
      <EditionSwitch />
      <ServiceWorkerRegistration />
    </EditionHtml>
  );
}
