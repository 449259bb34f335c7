import { PALETTE } from '../palette';
import { coalfieldRow, toPointRows } from '../rows';
import { circles, labels } from '../symbol-layers';
import type { StoryLayer } from './types';

/** The coalfields, drawn as circles of about their extent: approximate areas, not surveys. */
export const coalfields: StoryLayer = {
  datasets: ['coalfields'],
  deck: (data) => {
    const rows = toPointRows(data.get('coalfields'), coalfieldRow);
    return [
      circles('coalfields', rows, {
        radius: (row) => row.radiusKm * 1000,
        units: 'meters',
        color: PALETTE.coalfield,
        fillAlpha: 45,
        lineAlpha: 160,
        lineWidth: 1.5,
      }),
      labels('coalfields', rows, (row) => row.name.replace(/ \(.*\)$/, ''), {
        offset: () => [0, 0],
        anchor: 'middle',
        size: 12,
      }),
    ];
  },
  legend: [
    {
      label: 'Coalfield (approximate area)',
      symbol: { shape: 'hatched-area', color: PALETTE.coalfield, border: PALETTE.coalfield },
    },
  ],
  describe: (data) =>
    toPointRows(data.get('coalfields'), coalfieldRow).map(({ row }) => ({
      key: `coalfields:${row.id}`,
      title: row.name,
      facts: [
        `Drawn as a circle about ${row.radiusKm * 2} km across: an approximate area, not a survey`,
      ],
      sources: row.sources,
    })),
};
