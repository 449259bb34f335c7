import { PALETTE } from '../palette';
import { pointRowsOf } from '../rows';
import { circles, labels } from '../symbol-layers';
import { describeRows, drawRows } from './row-layers';
import type { StoryLayer } from './types';

/** The coalfields, drawn as circles of about their extent: approximate areas, not surveys. */
export const coalfields: StoryLayer = {
  datasets: ['coalfields'],
  deck: drawRows(
    (data) => pointRowsOf(data, 'coalfields'),
    (rows, text, edition) => [
      circles('coalfields', rows, {
        radius: (row) => row.radiusKm * 1000,
        units: 'meters',
        color: PALETTE.coalfield,
        fillAlpha: 45,
        lineAlpha: 160,
        lineWidth: 1.5,
      }),
      labels('coalfields', rows, (row) => text.coalfieldLabel(text.pick(row.name, row.nameZh)), {
        offset: () => [0, 0],
        anchor: 'middle',
        size: 12,
        edition,
      }),
    ],
  ),
  legend: [
    {
      label: 'Coalfield (approximate area)',
      symbol: { shape: 'hatched-area', color: PALETTE.coalfield, border: PALETTE.coalfield },
    },
  ],
  describe: describeRows(
    'coalfields',
    (data) => pointRowsOf(data, 'coalfields'),
    (row, text) => [text.coalfieldCircle(row.radiusKm)],
  ),
};
