import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Scene } from '@/lib/story/scene-for';
import type { LayerId } from '@/lib/story/scenes';
import { STORY_LAYERS } from './layer-catalog';
import type { LoadedData } from './load-dataset';
import { GUIAN_FILL_ALPHA, PALETTE, toRgba } from './palette';
import {
  coalfieldRow,
  dataCentreRow,
  earthquakeRow,
  pilotZoneRow,
  placeRow,
  powerPlantRow,
  toPathRows,
  toPointRows,
  westToEast,
  transmissionRow,
  type PowerPlantRow,
} from './rows';
import {
  APPLE_LABEL_SIZE,
  APPLE_RING_RADIUS_PX,
  APPLE_RING_WIDTH_PX,
  APPLE_SITE_ID,
  GUIAN_RADIUS_M,
  OTHER_CENTRES_LABEL,
  SITE_CLUSTER_LABEL,
  PILOT_COLOURS,
  capacityToPixels,
  dataCentreSize,
  guianAreaNamed,
  earthquakeRadiusPx,
  isOtherCentre,
  pilotZoneSize,
  plantLabelMinMw,
  siteCluster,
} from './symbol-style';
import { LABEL_OFFSET_PX, SYMBOL_PROPS, icons, labels } from './symbol-layers';
import { thinLabels, type LabelSetting } from './thin-labels';

/** Plant names: their type, their symbol's size, and the room kept clear so none touch. */
const PLANT_LABEL: LabelSetting<PowerPlantRow> = {
  size: 12,
  offsetPx: LABEL_OFFSET_PX,
  gapPx: 4,
  symbolPx: (row) => capacityToPixels(row.capacityMw),
};

function plants(
  fuel: PowerPlantRow['fuel'],
  scene: Scene,
  data: LoadedData,
  zoom: number,
): Layer[] {
  const minLabelMw = plantLabelMinMw(fuel, scene.id);
  const id = fuel === 'hydro' ? 'hydro-plants' : 'coal-plants';
  const rows = toPointRows(data.get('powerPlants'), powerPlantRow).filter(
    (d) => d.row.fuel === fuel,
  );
  const labelled = thinLabels(
    rows.filter((d) => d.row.capacityMw >= minLabelMw),
    (row) => row.capacityMw,
    (row) => row.name,
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
    labels(id, labelled, (row) => row.name, { size: PLANT_LABEL.size }),
  ];
}

/**
 * Pilot zone names set somewhere other than beside their symbol: Beijing-Tianjin-Hebei's long
 * name, beside Beijing, ran across N. KOREA's; set below it, it sits over the Bohai Sea.
 */
const PILOT_LABEL_OFFSETS: Readonly<Record<string, [number, number]>> = {
  'beijing-tianjin-hebei': [13, 13],
};

type Factory = (data: LoadedData, scene: Scene, zoom: number) => Layer[];

const FACTORIES: Partial<Record<LayerId, Factory>> = {
  earthquakes: (data) => {
    const rows = toPointRows(data.get('earthquakes'), earthquakeRow);
    return [
      new ScatterplotLayer({
        ...SYMBOL_PROPS,
        id: 'earthquakes',
        data: rows,
        getPosition: (d) => d.position,
        getRadius: (d) => earthquakeRadiusPx(d.row.magnitude),
        radiusUnits: 'pixels',
        stroked: true,
        filled: true,
        getFillColor: toRgba(PALETTE.earthquake, 60),
        getLineColor: toRgba(PALETTE.earthquake),
        lineWidthUnits: 'pixels',
        getLineWidth: 2.5,
      }),
      labels(
        'earthquakes',
        rows,
        (row) => `${row.name.split(',')[0]} ${row.date.slice(0, 4)}, M${row.magnitude}`,
        {
          offset: () => [0, -30],
          anchor: 'middle',
        },
      ),
    ];
  },
  'hydro-plants': (data, scene, zoom) => plants('hydro', scene, data, zoom),
  'coal-plants': (data, scene, zoom) => plants('coal', scene, data, zoom),
  coalfields: (data) => {
    const rows = toPointRows(data.get('coalfields'), coalfieldRow);
    return [
      new ScatterplotLayer({
        ...SYMBOL_PROPS,
        id: 'coalfields',
        data: rows,
        getPosition: (d) => d.position,
        getRadius: (d) => d.row.radiusKm * 1000,
        radiusUnits: 'meters',
        stroked: true,
        getFillColor: toRgba(PALETTE.coalfield, 45),
        getLineColor: toRgba(PALETTE.coalfield, 160),
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
      }),
      labels('coalfields', rows, (row) => row.name.replace(/ \(.*\)$/, ''), {
        offset: () => [0, 0],
        anchor: 'middle',
        size: 12,
      }),
    ];
  },
  'west-east-power': (data) => {
    const rows = toPathRows(data.get('transmission'), transmissionRow);
    return [
      new PathLayer({
        ...SYMBOL_PROPS,
        id: 'west-east-power',
        data: rows,
        getPath: (d) => d.path.flat(),
        positionFormat: 'XY',
        getColor: toRgba(PALETTE.transmission, 220),
        getWidth: 5,
        widthUnits: 'pixels',
        capRounded: true,
        jointRounded: true,
      }),
    ];
  },
  'pilot-zone-first': (data) => {
    const rows = toPointRows(data.get('pilotZones'), pilotZoneRow).filter((d) => d.row.wave === 1);
    return [
      icons(
        'pilot-zones',
        rows,
        () => 'diamond',
        (row) => PILOT_COLOURS[row.kind],
        (row) => pilotZoneSize(row, 'pilot-zone-first'),
      ),
      labels('pilot-zones', rows, (row) => `${row.name} · Feb 2016`, { offset: () => [16, 0] }),
    ];
  },
  'pilot-zones': (data) => {
    const rows = toPointRows(data.get('pilotZones'), pilotZoneRow);
    return [
      icons(
        'pilot-zones',
        rows,
        (row) => (row.wave === 1 ? 'diamond' : 'circle'),
        (row) => PILOT_COLOURS[row.kind],
        (row) => pilotZoneSize(row, 'pilot-zones'),
      ),
      labels('pilot-zones', rows, (row) => row.name, {
        offset: (d) => PILOT_LABEL_OFFSETS[d.row.id] ?? [13, 0],
        size: 12,
      }),
    ];
  },
  'guian-area': (data, scene) => {
    const rows = toPointRows(data.get('places'), placeRow).filter((d) => d.row.kind === 'new-area');
    const named = guianAreaNamed(scene.id);
    return [
      new ScatterplotLayer({
        ...SYMBOL_PROPS,
        id: 'guian-area',
        data: rows,
        getPosition: (d) => d.position,
        getRadius: GUIAN_RADIUS_M,
        radiusUnits: 'meters',
        stroked: true,
        getFillColor: toRgba(PALETTE.guian, GUIAN_FILL_ALPHA),
        getLineColor: toRgba(PALETTE.guian, 200),
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
      }),
      ...(named
        ? [
            labels('guian-area', rows, (row) => `${row.name} (approximate)`, {
              offset: () => [0, -10],
              anchor: 'middle',
            }),
          ]
        : []),
    ];
  },
  'data-centres': (data, scene) => {
    const rows = westToEast(toPointRows(data.get('dataCentres'), dataCentreRow));
    const symbols = icons(
      'data-centres',
      rows,
      (row) => (row.confidence === 'low' ? 'square-ring' : 'square'),
      () => PALETTE.dataCentre,
      () => dataCentreSize(scene.id),
    );
    if (scene.id === 'guian') {
      // A few hundred metres apart, the sites are one spot at this zoom: one name for them.
      return [
        symbols,
        labels('data-centres', siteCluster(rows), () => SITE_CLUSTER_LABEL, {
          offset: () => [0, 18],
          anchor: 'middle',
          size: 12,
        }),
      ];
    }
    if (scene.id === 'apple') {
      // The Apple site's own layer names it; the park beside it by name, the others together.
      const others = rows.filter((d) => isOtherCentre(d.row));
      const park = rows.filter((d) => d.row.id !== APPLE_SITE_ID && !isOtherCentre(d.row));
      const gap = dataCentreSize(scene.id) + 2;
      return [
        symbols,
        labels('data-centres', park, (row) => row.mapLabel, {
          anchor: 'middle',
          offset: () => [0, gap],
          size: 12,
        }),
        labels('data-centres-others', siteCluster(others), () => OTHER_CENTRES_LABEL, {
          anchor: 'middle',
          offset: () => [0, -gap],
          size: 12,
        }),
      ];
    }
    // Sites a few hundred metres apart: labels alternate above and below, west to east.
    const gap = dataCentreSize(scene.id) + 2;
    return [
      symbols,
      labels('data-centres', rows, (row) => row.mapLabel, {
        anchor: 'middle',
        offset: (_row, index) => [0, index % 2 === 0 ? -gap : gap],
      }),
    ];
  },
  'apple-site': (data) => {
    const rows = toPointRows(data.get('dataCentres'), dataCentreRow).filter(
      (d) => d.row.id === APPLE_SITE_ID,
    );
    return [
      new ScatterplotLayer({
        ...SYMBOL_PROPS,
        // The square inside is what a reader picks; the ring only marks it.
        pickable: false,
        id: 'apple-site',
        data: rows,
        getPosition: (d) => d.position,
        getRadius: APPLE_RING_RADIUS_PX,
        radiusUnits: 'pixels',
        stroked: true,
        filled: false,
        getLineColor: toRgba(PALETTE.apple),
        lineWidthUnits: 'pixels',
        getLineWidth: APPLE_RING_WIDTH_PX,
      }),
      labels('apple-site', rows, (row) => row.mapLabel, {
        anchor: 'middle',
        offset: () => [0, -(APPLE_RING_RADIUS_PX + 14)],
        size: APPLE_LABEL_SIZE,
      }),
    ];
  },
};

/**
 * deck.gl layers for a scene: built afresh from the scene and the data (descriptors that
 * deck.gl diffs by id), so no layer carries state from an earlier step.
 * `zoom` is the zoom the scene is shown at on this map, for spacing labels.
 */
export function buildDeckLayers(scene: Scene, data: LoadedData, zoom: number): Layer[] {
  return scene.layers.flatMap((id) => {
    const factory = FACTORIES[id];
    if (!STORY_LAYERS[id].deck || !factory) return [];
    return factory(data, scene, zoom);
  });
}

/**
 * Does, ahead of a scene change, the part of building `scene`'s layers that is worth keeping:
 * its rows read and checked (kept per file). The layers themselves are dropped; the scene
 * change builds its own at its own zoom.
 */
export function warmDeckLayers(scene: Scene, data: LoadedData): void {
  buildDeckLayers(scene, data, scene.camera.zoom);
}

/** Whether a story layer has a deck.gl factory here (the catalogue's `deck` flag must agree). */
export function hasDeckFactory(id: LayerId): boolean {
  return FACTORIES[id] !== undefined;
}
