import { PALETTE } from '../palette';
import { pointRowsOf } from '../rows';
import { circles, labels } from '../symbol-layers';
import { describeRows, drawRows } from './row-layers';
import type { StoryLayer } from './types';

/** An earthquake ring's radius in pixels: a magnitude 5 is 6 px, each step up adds 9. */
export function earthquakeRadiusPx(magnitude: number): number {
  return 6 + (magnitude - 5) * 9;
}

/** The major earthquakes near Guizhou: rings sized by magnitude, each with its year. */
export const earthquakes: StoryLayer = {
  datasets: ['earthquakes'],
  deck: drawRows(
    (data) => pointRowsOf(data, 'earthquakes'),
    (rows, text, edition) => [
      circles('earthquakes', rows, {
        radius: (row) => earthquakeRadiusPx(row.magnitude),
        units: 'pixels',
        color: PALETTE.earthquake,
        fillAlpha: 60,
        lineWidth: 2.5,
      }),
      labels(
        'earthquakes',
        rows,
        (row) => text.earthquakeLabel(text.pick(row.name, row.nameZh), row.date, row.magnitude),
        { offset: () => [0, -30], anchor: 'middle', edition },
      ),
    ],
  ),
  legend: [
    {
      label: 'Major earthquake epicentre',
      symbol: { shape: 'ring', color: PALETTE.earthquake, size: 12 },
    },
  ],
  describe: describeRows(
    'earthquakes',
    (data) => pointRowsOf(data, 'earthquakes'),
    (row, text) => [text.magnitude(row.magnitude), text.date(row.date), text.epicentre],
  ),
};
