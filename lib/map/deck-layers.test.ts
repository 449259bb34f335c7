import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFacts } from '@/lib/content/load-facts';
import { buildFactCollections } from '@/lib/facts/to-feature-collection';
import { sceneFor } from '@/lib/story/scene-for';
import { buildDeckLayers, warmDeckLayers } from './deck-layers';
import type { LoadedData } from './load-dataset';
import { dataCentreRow, placeRow } from './rows';

/** The fact tables as the build writes them to `public/data/facts/` (git-ignored, so made here). */
const FACTS = buildFactCollections(loadFacts());

/** Just enough of a document for the icon atlas: a canvas without a 2-D context. */
function fakeDocument() {
  const createElement = vi.fn(() => ({ width: 0, height: 0, getContext: () => null }));
  vi.stubGlobal('document', { createElement });
  return createElement;
}

describe('warmDeckLayers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('leaves the scene change no rows to read and no atlas to draw', () => {
    const createElement = fakeDocument();
    const scene = sceneFor({ scene: 'data-centres' });
    const data: LoadedData = new Map([
      ['dataCentres', FACTS['data-centres']],
      ['places', FACTS.places],
    ]);
    warmDeckLayers(scene, data);
    const drawn = createElement.mock.calls.length;
    const checks = [vi.spyOn(dataCentreRow, 'safeParse'), vi.spyOn(placeRow, 'safeParse')];

    const layers = buildDeckLayers(scene, data, scene.camera.zoom + 1);

    // The close-up is all inside Gui'an: the area's name would be cut by the frame.
    expect(layers.map((layer) => layer.id)).toEqual([
      'guian-area',
      'data-centres',
      'data-centres-labels',
    ]);
    for (const check of checks) expect(check).not.toHaveBeenCalled();
    expect(createElement.mock.calls.length).toBe(drawn);
  });
});

describe("Gui'an New Area", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is named where the whole area is in view', () => {
    fakeDocument();
    const scene = sceneFor({ scene: 'guian' });
    const data: LoadedData = new Map([['places', FACTS.places]]);
    const ids = buildDeckLayers(scene, data, scene.camera.zoom).map((layer) => layer.id);
    expect(ids).toContain('guian-area-labels');
  });
});

describe('the pilot zones', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("set Beijing-Tianjin-Hebei's name below its symbol, clear of N. KOREA, and the rest beside theirs", () => {
    fakeDocument();
    const scene = sceneFor({ scene: 'pilot-zones' });
    const data: LoadedData = new Map([['pilotZones', FACTS['pilot-zones']]]);
    const labels = buildDeckLayers(scene, data, scene.camera.zoom).find(
      (layer) => layer.id === 'pilot-zones-labels',
    );
    const props = labels?.props as unknown as {
      data: readonly { row: { id: string } }[];
      getPixelOffset: (row: unknown, info: { index: number }) => number[];
    };
    const offsets = new Map(
      props.data.map((row, index) => [row.row.id, props.getPixelOffset(row, { index })]),
    );
    expect(offsets.get('beijing-tianjin-hebei')?.[1]).toBeGreaterThan(10);
    expect(offsets.get('shenyang')).toEqual([13, 0]);
  });
});

describe("the Gui'an close-ups", () => {
  afterEach(() => vi.unstubAllGlobals());
  const data: LoadedData = new Map([
    ['dataCentres', FACTS['data-centres']],
    ['places', FACTS.places],
  ]);
  const idsOf = (id: 'guian' | 'apple' | 'data-centres') => {
    fakeDocument();
    const scene = sceneFor({ scene: id });
    return buildDeckLayers(scene, data, scene.camera.zoom).map((layer) => layer.id);
  };

  it.each([
    // The wide view names the sites once; the Apple step rings Apple and names the others
    // together; the last close-up names every site.
    ['guian', ['guian-area', 'guian-area-labels', 'data-centres', 'data-centres-labels']],
    [
      'apple',
      [
        'guian-area',
        'data-centres',
        'data-centres-labels',
        'data-centres-others-labels',
        'apple-site',
        'apple-site-labels',
      ],
    ],
    ['data-centres', ['guian-area', 'data-centres', 'data-centres-labels']],
  ] as const)('%s draws %j', (scene, ids) => {
    expect(idsOf(scene)).toEqual(ids);
  });
});
