import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckAtRest, restDeckWhenIdle, type RestingDeck } from './rest-deck-when-idle';

/** A map that fires its events when told, moving and loading as set. */
class StandInMap {
  moving = false;
  complete = true;
  private readonly handlers = new Map<string, Set<() => void>>();
  on(event: string, handler: () => void) {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
    return this;
  }
  off(event: string, handler: () => void) {
    this.handlers.get(event)?.delete(handler);
    return this;
  }
  fire(event: string) {
    for (const handler of this.handlers.get(event) ?? []) handler();
  }
  listening(): number {
    return [...this.handlers.values()].reduce((sum, set) => sum + set.size, 0);
  }
  isMoving() {
    return this.moving;
  }
  loaded() {
    return this.complete;
  }
}

/** A deck whose loop counts its starts and stops. */
function standInDeck(): RestingDeck & {
  running: boolean;
  redraw: string | false;
  layers: { isLoaded: boolean }[];
} {
  const deck = {
    running: true,
    redraw: false as string | false,
    layers: [{ isLoaded: true }],
    animationLoop: {
      start: () => {
        deck.running = true;
      },
      stop: () => {
        deck.running = false;
      },
    },
    get layerManager() {
      return { layers: deck.layers };
    },
    needsRedraw: () => deck.redraw,
  };
  return deck;
}

function setUp() {
  const map = new StandInMap();
  const deck = standInDeck();
  const resting = restDeckWhenIdle(map as never, deck);
  return { map, deck, resting };
}

describe('deckAtRest', () => {
  it('is at rest only with every layer loaded and nothing to draw', () => {
    const deck = standInDeck();
    expect(deckAtRest(deck)).toBe(true);
    deck.redraw = 'layers changed';
    expect(deckAtRest(deck)).toBe(false);
    deck.redraw = false;
    deck.layers.push({ isLoaded: false });
    expect(deckAtRest(deck)).toBe(false);
  });
});

describe('restDeckWhenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stops the loop when the map is idle and deck.gl is at rest', () => {
    const { map, deck } = setUp();
    map.fire('idle');
    expect(deck.running).toBe(false);
  });

  it('stops it a moment after the last event even when no idle event comes', () => {
    const { map, deck } = setUp();
    map.fire('mousemove');
    vi.advanceTimersByTime(200);
    expect(deck.running).toBe(true);
    vi.advanceTimersByTime(100);
    expect(deck.running).toBe(false);
  });

  it('keeps the loop running while the map moves or loads', () => {
    const { map, deck } = setUp();
    map.moving = true;
    map.fire('idle');
    vi.advanceTimersByTime(1000);
    expect(deck.running).toBe(true);
    map.moving = false;
    map.complete = false;
    vi.advanceTimersByTime(1000);
    expect(deck.running).toBe(true);
    map.complete = true;
    vi.advanceTimersByTime(300);
    expect(deck.running).toBe(false);
  });

  it('keeps it running while a layer still loads, and rests once it has arrived', () => {
    const { map, deck } = setUp();
    const layer = { isLoaded: false };
    deck.layers.push(layer);
    map.fire('idle');
    vi.advanceTimersByTime(1000);
    expect(deck.running).toBe(true);
    layer.isLoaded = true;
    vi.advanceTimersByTime(300);
    expect(deck.running).toBe(false);
  });

  it.each(['movestart', 'render', 'dataloading', 'mousemove', 'touchstart', 'click'])(
    'starts the loop again on the map’s %s',
    (event) => {
      const { map, deck } = setUp();
      map.fire('idle');
      map.fire(event);
      expect(deck.running).toBe(true);
    },
  );

  it('starts it again when woken for new layers', () => {
    const { map, deck, resting } = setUp();
    map.fire('idle');
    resting.wake();
    expect(deck.running).toBe(true);
  });

  it('leaves the loop running and the map unwatched when stopped', () => {
    const { map, deck, resting } = setUp();
    map.fire('idle');
    resting.stop();
    expect(deck.running).toBe(true);
    expect(map.listening()).toBe(0);
    vi.advanceTimersByTime(1000);
    map.fire('idle');
    expect(deck.running).toBe(true);
  });
});
