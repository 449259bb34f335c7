import { NotFoundRedirect } from '@/components/site/not-found-redirect';
import { BASE_PATH } from '@/lib/site/base-path';

/**
 * Any address that is not part of the story (a mistyped or mangled share link) says why and
 * offers the story's start rather than a dead end. A static host serves this one page for
 * both editions' missing addresses, so it speaks both languages and offers both starts; a
 * moment later the browser, which knows the address, opens the start of its edition.
 */
export default function NotFound() {
  const start = `${BASE_PATH}/`;
  return (
    <main className="share-page" id="story-text">
      <NotFoundRedirect />
      <h1>This page is not part of the story</h1>
      <p>
        The link may be mistyped or cut short. <a href={start}>Open the story at its start</a>.
      </p>
      <section lang="zh-Hans">
        <h2>此页面不属于本故事</h2>
        <p>
          链接可能有误或不完整。<a href={`${BASE_PATH}/zh/`}>从头打开中文版故事</a>。
        </p>
      </section>
    </main>
  );
}
