import { FEATURE_TEXT } from '../feature-text';
import { PALETTE } from '../palette';
import { pointRowsOf } from '../rows';
import { circles, labels } from '../symbol-layers';
import type { StoryLayer } from './types';

/** The site the Apple step is about (`content/facts/data-centres.yaml`). */
export const APPLE_SITE_ID = 'apple-gcbd';
/** The ring around the Apple site, in pixels: clear of its square at the Apple scene's size. */
export const APPLE_RING_RADIUS_PX = 17;
export const APPLE_RING_WIDTH_PX = 3;
export const APPLE_LABEL_SIZE = 15;

/** A ring and a name around Apple's iCloud data centre; its square is the data centres' own. */
export const appleSite: StoryLayer = {
  datasets: ['dataCentres'],
  deck: (data, _scene, _zoom, edition) => {
    const rows = pointRowsOf(data, 'dataCentres').filter((d) => d.row.id === APPLE_SITE_ID);
    return [
      circles('apple-site', rows, {
        // The square inside is what a reader picks; the ring only marks it.
        pickable: false,
        radius: APPLE_RING_RADIUS_PX,
        units: 'pixels',
        color: PALETTE.apple,
        lineWidth: APPLE_RING_WIDTH_PX,
      }),
      labels(
        'apple-site',
        rows,
        (row) => FEATURE_TEXT[edition].pick(row.mapLabel, row.mapLabelZh),
        {
          anchor: 'middle',
          offset: () => [0, -(APPLE_RING_RADIUS_PX + 14)],
          size: APPLE_LABEL_SIZE,
          edition,
        },
      ),
    ];
  },
  legend: [
    {
      label: 'Apple iCloud data centre, run by GCBD',
      symbol: { shape: 'ring', color: PALETTE.apple },
    },
  ],
};
