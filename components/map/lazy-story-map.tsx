'use client';

import dynamic from 'next/dynamic';

/**
 * The map's code (MapLibre, deck.gl: most of the page's weight) loads after the text, in its
 * own chunk. Without JavaScript the text is whole; the map pane stays a quiet placeholder.
 */
export const LazyStoryMap = dynamic(() => import('./story-map').then((module) => module.StoryMap), {
  ssr: false,
  loading: () => null,
});
