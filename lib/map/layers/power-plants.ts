import type { SceneId } from '@/lib/story/scenes';
import { FEATURE_TEXT } from '../feature-text';
import { PALETTE } from '../palette';
import { pointRowsOf, type PowerPlantRow } from '../rows';
import { LABEL_OFFSET_PX, icons, labels } from '../symbol-layers';
import { thinLabels, type LabelSetting } from '../thin-labels';
import { describeRows } from './row-layers';
import type { DeckFactory, Describer, LegendEntry, StoryLayer } from './types';

/** Symbol size in pixels from capacity: area grows with MW, so the size with its square root. */
export function capacityToPixels(capacityMw: number): number {
  return 8 + Math.sqrt(Math.max(capacityMw, 0)) * 0.3;
}

/**
 * The smallest plant that gets a name. In the power scene only the very largest plants are
 * named; the story's steps name the rest.
 */
export function plantLabelMinMw(fuel: PowerPlantRow['fuel'], scene: SceneId): number {
  if (fuel === 'hydro') return scene === 'power' ? 2_000 : 1_000;
  return scene === 'power' ? 10_000 : 1_800;
}

/** Plant names: their type, their symbol's size, and the room kept clear so none touch. */
const PLANT_LABEL: LabelSetting<PowerPlantRow> = {
  size: 12,
  offsetPx: LABEL_OFFSET_PX,
  gapPx: 4,
  symbolPx: (row) => capacityToPixels(row.capacityMw),
};

type Fuel = PowerPlantRow['fuel'];
const LAYER_ID: Record<Fuel, string> = { hydro: 'hydro-plants', coal: 'coal-plants' };

/** One fuel's plants, sized by capacity, the largest named where their names have room. */
function drawPlants(fuel: Fuel): DeckFactory {
  return (data, scene, zoom, edition) => {
    const id = LAYER_ID[fuel];
    const text = FEATURE_TEXT[edition];
    const nameOf = (row: PowerPlantRow) => text.plantLabel(text.pick(row.name, row.nameZh));
    const rows = pointRowsOf(data, 'powerPlants').filter((d) => d.row.fuel === fuel);
    const labelled = thinLabels(
      rows.filter((d) => d.row.capacityMw >= plantLabelMinMw(fuel, scene.id)),
      (row) => row.capacityMw,
      nameOf,
      zoom,
      PLANT_LABEL,
    );
    return [
      icons(
        id,
        rows,
        () => (fuel === 'hydro' ? 'circle' : 'square'),
        () => (fuel === 'hydro' ? PALETTE.hydro : PALETTE.coal),
        (row) => capacityToPixels(row.capacityMw),
      ),
      labels(id, labelled, nameOf, { size: PLANT_LABEL.size, edition }),
    ];
  };
}

/** One fuel's plants, largest first: capacity, river, year and how sure their place is. */
function describePlants(fuel: Fuel): Describer {
  return describeRows(
    LAYER_ID[fuel],
    (data) =>
      pointRowsOf(data, 'powerPlants')
        .filter(({ row }) => row.fuel === fuel)
        .sort((a, b) => b.row.capacityMw - a.row.capacityMw),
    (row, text) => [
      text.plant(fuel, row.capacityMw),
      ...(row.river ? [text.onRiver(row.river)] : []),
      ...(row.year ? [text.inService(row.year)] : []),
      text.confidence(row.confidence),
    ],
  );
}

const LEGEND: Record<Fuel, LegendEntry> = {
  hydro: {
    label: 'Hydro station, sized by capacity (MW)',
    symbol: { shape: 'dot', color: PALETTE.hydro, size: 12 },
  },
  coal: {
    label: 'Coal power plant, sized by capacity (MW)',
    symbol: { shape: 'square', color: PALETTE.coal, size: 12 },
  },
};

function plantLayer(fuel: Fuel): StoryLayer {
  return {
    datasets: ['powerPlants'],
    deck: drawPlants(fuel),
    legend: [LEGEND[fuel]],
    describe: describePlants(fuel),
  };
}

/** Guizhou's hydro stations, on the rivers that cut its plateau. */
export const hydroPlants = plantLayer('hydro');
/** Guizhou's coal power plants, near its coalfields. */
export const coalPlants = plantLayer('coal');
