import type { FeatureCollection } from 'geojson';
import { GDP_TABLE_FILE, loadGdpTable } from '../../lib/content/gdp-table';
import { GDP_PROPERTY } from '../../lib/map/gdp-classes';
import { writeFeatureCollection, type OutputReport } from './output';
import { ROOT } from './paths';
import { debianFile } from './debian';
import { readGpkgLayer } from './gpkg';
import { runMapshaper } from './run-mapshaper';
import { toSlug } from './slug';

/** Debian's QGIS ships Natural Earth 1:10m admin-1 (v4.1.0, public domain) in a GeoPackage. */
export const ADMIN1_PACKAGE = 'qgis-common';
const ADMIN1_FILE = 'usr/share/qgis/resources/data/world_map.gpkg';

/**
 * Natural Earth spells two names unlike the story; everything else keeps its Natural Earth
 * name. Hong Kong's 18 districts are dissolved into one feature.
 */
const RENAME: Readonly<Record<string, string>> = {
  'Inner Mongol': 'Inner Mongolia',
  'Hong Kong S.A.R.': 'Hong Kong',
  'Macau S.A.R.': 'Macau',
};

/**
 * Mainland China's 31 provincial-level divisions plus Hong Kong and Macau. Taiwan is left to
 * the countries layer (world-atlas draws it as its own feature) so the two layers never draw it
 * twice; Natural Earth's separate "Paracel Islands" row is dropped as a speck at these zooms.
 */
const WHERE = "(adm0_a3 = 'CHN' AND name <> 'Paracel Islands') OR adm0_a3 IN ('HKG', 'MAC')";

async function readProvinces(): Promise<{ input: string; version: string }> {
  const gpkg = debianFile(ADMIN1_PACKAGE, ADMIN1_FILE);
  const rows = await readGpkgLayer(
    gpkg.path,
    'states_provinces',
    ['name', 'adm0_a3', 'admin'],
    WHERE,
  );
  const features = rows.map(({ columns, geometry }) => {
    const source = columns.adm0_a3 === 'CHN' ? (columns.name ?? '') : (columns.admin ?? '');
    const name = RENAME[source] ?? source;
    return { type: 'Feature', properties: { id: toSlug(name), name }, geometry };
  });
  return { input: JSON.stringify({ type: 'FeatureCollection', features }), version: gpkg.version };
}

/**
 * Visvalingam tolerance for provinces.json, shown at zoom 3-7 (a pixel is 1.1 km at zoom 7):
 * Debian's copy of the admin-1 layer is already generalised (vertices ~5 km apart; Guizhou has
 * 340), so 2.5 km trims mainly the crowded coasts and islands.
 */
const PROVINCES_INTERVAL_M = 2500;

/**
 * Adds each mainland province's GDP per person from `content/tables`, so one source draws both
 * the outlines and the map of who grew rich. A table id with no province stops the build.
 */
export function joinGdp(provinces: FeatureCollection, values: Readonly<Record<string, number>>) {
  const ids = new Set(provinces.features.map((feature) => String(feature.properties?.id)));
  const unknown = Object.keys(values).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    throw new Error(`${GDP_TABLE_FILE}: values: no province ${unknown.join(', ')}`);
  }
  for (const feature of provinces.features) {
    const value = values[String(feature.properties?.id)];
    if (value !== undefined) feature.properties = { ...feature.properties, [GDP_PROPERTY]: value };
  }
  return provinces;
}

/**
 * `provinces.json` (simplified, ~100 m coordinates) and `guizhou.json` (Guizhou alone, not
 * simplified, ~10 m coordinates: the most detail this source has, for zooms up to ~9).
 */
export async function buildProvinces(): Promise<OutputReport[]> {
  const { input, version } = await readProvinces();
  console.log(`  admin-1 from ${ADMIN1_PACKAGE} ${version}`);
  const provinces = await runMapshaper(
    input,
    `-dissolve id copy-fields=name -simplify interval=${PROVINCES_INTERVAL_M} keep-shapes -sort id`,
    0.001,
  );
  const guizhou = await runMapshaper(
    input,
    '-filter \'id === "guizhou"\' -dissolve id copy-fields=name',
    0.0001,
  );
  if (guizhou.features.length !== 1) throw new Error('Natural Earth admin-1 has no single Guizhou');
  joinGdp(provinces, loadGdpTable(ROOT).values);
  return [
    writeFeatureCollection('provinces.json', provinces),
    writeFeatureCollection('guizhou.json', guizhou),
  ];
}
