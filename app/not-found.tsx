import { BASE_PATH } from '@/lib/site/base-path';

/**
 * Any address that is not part of the story (a mistyped or mangled share link) opens the
 * story at its start, with a line saying why, rather than a dead end.
 */
export default function NotFound() {
  const start = `${BASE_PATH}/`;
  return (
    <main className="share-page" id="story-text">
      <meta httpEquiv="refresh" content={`2; url=${start}`} />
      <h1>This page is not part of the story</h1>
      <p>
        The link may be mistyped or cut short. <a href={start}>Open the story at its start</a>.
      </p>
    </main>
  );
}
