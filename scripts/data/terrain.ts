import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { geoContains } from 'd3-geo';
import { PNG } from 'pngjs';
import { rewindForD3 } from '../../lib/facts/geo-contains';
import { debianFile } from './debian';
import { cell, readEtopo5, sampleRelief, type ReliefGrid } from './etopo';
import { isFeatureCollection } from './geojson-guard';
import { writeBytes, type OutputReport } from './output';
import { OUT_DIR } from './paths';
import { encodeTerrarium, pixelToLonLat, tilesCovering, type Bbox } from './terrarium';

/**
 * The plateau and its lowlands: Sichuan Basin to the north, Guangxi to the south-east, Yunnan to
 * the west. Tiles outside are absent; tiles.json's `bounds` tells MapLibre not to ask for them.
 */
export const TERRAIN_BBOX: Bbox = [97, 20, 117, 35];
/**
 * z3-5, not z3-6: ETOPO5's 5' cells are about 9 km, a z4 pixel here is 8.7 km and a z5 pixel
 * 4.4 km, so z6 tiles would only hold interpolated values, yet would cost 0.9 MB and break the
 * 1 MB budget for all map data. MapLibre overzooms from z5 (its terrain mesh interpolates).
 */
export const TERRAIN_ZOOMS = [3, 4, 5] as const;
const TILE_SIZE = 256;

/**
 * Heights are rounded to 10 m: far below ETOPO5's own error in mountains (tens to hundreds of
 * metres), invisible at 1.5-2x exaggeration, and 28 % fewer bytes than whole metres.
 */
const HEIGHT_STEP_M = 10;

const ETOPO_PACKAGE = 'ferret-datasets';
const ETOPO_FILE = 'usr/share/ferret-vis/data/etopo5.cdf';
export const TERRAIN_ATTRIBUTION =
  'ETOPO5 relief: NOAA National Geophysical Data Center (public domain)';

/**
 * One 256 px Terrarium tile, bilinearly sampled from the 9 km grid (z6 pixels are about 2 km,
 * so MapLibre overzooms past z6 with nothing lost). Sea floor is clamped to 0 m: the story
 * shows land relief, and a flat sea compresses to almost nothing.
 */
function renderTile(grid: ReliefGrid, z: number, x: number, y: number): Buffer {
  const png = new PNG({ width: TILE_SIZE, height: TILE_SIZE });
  for (let py = 0; py < TILE_SIZE; py++) {
    for (let px = 0; px < TILE_SIZE; px++) {
      const [lon, lat] = pixelToLonLat(z, x, y, px, py, TILE_SIZE);
      const [r, g, b] = encodeTerrarium(Math.max(0, sampleRelief(grid, lon, lat)), HEIGHT_STEP_M);
      const i = (py * TILE_SIZE + px) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  // RGB without alpha, best deflate, Paeth filter (smallest here): same input, same bytes.
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 9, filterType: 4 });
}

/** Mean and maximum of the grid cells whose centres lie inside Guizhou (a plausibility check). */
function guizhouRelief(grid: ReliefGrid): { mean: number; max: number; cells: number } {
  const data: unknown = JSON.parse(readFileSync(path.join(OUT_DIR, 'guizhou.json'), 'utf8'));
  if (!isFeatureCollection(data) || !data.features[0])
    throw new Error('guizhou.json must be built first');
  const geometry = data.features[0].geometry;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon')
    throw new Error('guizhou.json is not a polygon');
  const outline = rewindForD3(geometry);
  let [sum, max, cells] = [0, -Infinity, 0];
  for (let row = 0; row < grid.height; row++) {
    const lat = grid.lat0 + row * grid.dLat;
    if (lat < 24 || lat > 30) continue;
    for (let column = 0; column < grid.width; column++) {
      const lon = grid.lon0 + column * grid.dLon;
      if (lon < 103 || lon > 110 || !geoContains(outline, [lon, lat])) continue;
      const metres = cell(grid, column, row);
      [sum, max, cells] = [sum + metres, Math.max(max, metres), cells + 1];
    }
  }
  return { mean: sum / cells, max, cells };
}

/** `terrain/{z}/{x}/{y}.png` and `terrain/tiles.json` from ETOPO5 (Debian ferret-datasets). */
export function buildTerrain(): OutputReport[] {
  const source = debianFile(ETOPO_PACKAGE, ETOPO_FILE);
  const grid = readEtopo5(source.path);
  const relief = guizhouRelief(grid);
  console.log(
    `  ETOPO5 from ${ETOPO_PACKAGE} ${source.version}; inside Guizhou (${relief.cells} cells): ` +
      `mean ${Math.round(relief.mean)} m, max ${Math.round(relief.max)} m`,
  );
  rmSync(path.join(OUT_DIR, 'terrain'), { recursive: true, force: true });
  const reports: OutputReport[] = [];
  for (const z of TERRAIN_ZOOMS) {
    for (const [x, y] of tilesCovering(TERRAIN_BBOX, z)) {
      reports.push(writeBytes(`terrain/${z}/${x}/${y}.png`, renderTile(grid, z, x, y), 1));
    }
  }
  const tileJson = {
    tilejson: '3.0.0',
    tiles: ['terrain/{z}/{x}/{y}.png'],
    minzoom: TERRAIN_ZOOMS[0],
    maxzoom: TERRAIN_ZOOMS[TERRAIN_ZOOMS.length - 1],
    bounds: TERRAIN_BBOX,
    tileSize: TILE_SIZE,
    encoding: 'terrarium',
    attribution: TERRAIN_ATTRIBUTION,
  };
  reports.push(writeBytes('terrain/tiles.json', JSON.stringify(tileJson), 0));
  return reports;
}
