import type { Map as MaplibreMap } from 'maplibre-gl';

/*
 * deck.gl keeps an animation loop of its own beside MapLibre's: every display frame, for as long
 * as the page is open, it checks whether its layers need drawing, asks MapLibre to repaint if so,
 * and answers the pointer's picking requests. On a story page that has come to rest that is
 * sixty wasted frames a second: measured at 14 % of one core on a page doing nothing, and it
 * keeps the browser's whole frame pipeline awake. These functions stop that loop while the map
 * is idle and deck.gl has nothing left to load, and start it again as soon as anything could
 * give deck.gl work. The parts of deck.gl they reach are below; a stand-in in the unit tests
 * follows the same shape.
 */

/** luma.gl's AnimationLoop, as deck.gl holds it. */
interface Loop {
  start(): unknown;
  stop(): unknown;
}

/** What of a deck.gl layer says that its data and images have all arrived. */
interface LoadingLayer {
  readonly isLoaded: boolean;
}

/** The parts of deck.gl's Deck used here. */
export interface RestingDeck {
  readonly animationLoop: Loop | null;
  readonly layerManager: { readonly layers: readonly LoadingLayer[] } | null;
  needsRedraw(options: { clearRedrawFlags: boolean }): string | false;
}

/** The map's events after which deck.gl may have work: it moves, loads, draws or is pointed at. */
const WAKING_EVENTS = [
  'movestart',
  'render',
  'dataloading',
  'mousemove',
  'mousedown',
  'mouseout',
  'touchstart',
  'click',
] as const;

/** How long after the last waking event to look whether deck.gl can rest, and to look again. */
const QUIET_MS = 250;

/** Whether deck.gl has nothing to load and nothing to draw. */
export function deckAtRest(deck: RestingDeck): boolean {
  const layers = deck.layerManager?.layers ?? [];
  return layers.every((layer) => layer.isLoaded) && !deck.needsRedraw({ clearRedrawFlags: false });
}

/**
 * Stops deck.gl's animation loop once the map is still and loaded and deck.gl is at rest, and
 * starts it on the map's next move, draw, load or pointer event, or when `wake` is called (for
 * new layers handed to deck.gl). Returns `wake` and a function that undoes all of it, leaving
 * the loop running.
 */
export function restDeckWhenIdle(
  map: Pick<MaplibreMap, 'on' | 'off' | 'loaded' | 'isMoving'>,
  deck: RestingDeck,
): { wake: () => void; stop: () => void } {
  let resting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const later = () => {
    cancel();
    timer = setTimeout(rest, QUIET_MS);
  };
  const rest = () => {
    cancel();
    if (resting || !deck.animationLoop) return;
    if (map.isMoving() || !map.loaded() || !deckAtRest(deck)) {
      later();
      return;
    }
    resting = true;
    deck.animationLoop.stop();
  };
  const wake = () => {
    later();
    if (!resting) return;
    resting = false;
    void deck.animationLoop?.start();
  };
  map.on('idle', rest);
  for (const event of WAKING_EVENTS) map.on(event, wake);
  later();
  return {
    wake,
    stop: () => {
      map.off('idle', rest);
      for (const event of WAKING_EVENTS) map.off(event, wake);
      cancel();
      if (resting) void deck.animationLoop?.start();
      resting = false;
    },
  };
}
