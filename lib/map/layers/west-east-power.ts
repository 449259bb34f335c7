import { PathLayer } from '@deck.gl/layers';
import { PALETTE, toRgba } from '../palette';
import { pathRowsOf } from '../rows';
import { SYMBOL_PROPS } from '../symbol-layers';
import { describeRows } from './row-layers';
import type { StoryLayer } from './types';

/** The West-East power lines from Guizhou to Guangdong, drawn as a schematic route. */
export const westEastPower: StoryLayer = {
  datasets: ['transmission'],
  deck: (data) => [
    new PathLayer({
      ...SYMBOL_PROPS,
      id: 'west-east-power',
      data: pathRowsOf(data, 'transmission'),
      getPath: (d) => d.path.flat(),
      positionFormat: 'XY',
      getColor: toRgba(PALETTE.transmission, 220),
      getWidth: 5,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    }),
  ],
  legend: [
    {
      label: 'West-East power transmission (schematic)',
      symbol: { shape: 'arc', color: PALETTE.transmission },
    },
  ],
  describe: describeRows(
    'west-east-power',
    (data) => pathRowsOf(data, 'transmission'),
    (row, text) => (row.note ? [text.pick(row.note, row.noteZh)] : []),
  ),
};
