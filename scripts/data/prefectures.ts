import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { decodeGeometry } from './echarts-decode';
import { writeFeatureCollection, type OutputReport } from './output';
import { runMapshaper } from './run-mapshaper';

/** What the story says of each prefecture-level division, keyed by its GB/T 2260 code. */
interface PrefectureInfo {
  readonly id: string;
  readonly name: string;
  /** The Chinese name as written in the ECharts file: a check that the code means what we think. */
  readonly nameZh: string;
  readonly peoples: string | null;
}

/**
 * Guizhou's nine prefecture-level divisions: six prefecture-level cities and three autonomous
 * prefectures, named for their largest minority peoples (official English names).
 */
export const PREFECTURES: Readonly<Record<string, PrefectureInfo>> = {
  '520100': { id: 'guiyang', name: 'Guiyang', nameZh: '贵阳市', peoples: null },
  '520200': { id: 'liupanshui', name: 'Liupanshui', nameZh: '六盘水市', peoples: null },
  '520300': { id: 'zunyi', name: 'Zunyi', nameZh: '遵义市', peoples: null },
  '520400': { id: 'anshun', name: 'Anshun', nameZh: '安顺市', peoples: null },
  '520500': { id: 'bijie', name: 'Bijie', nameZh: '毕节市', peoples: null },
  '520600': { id: 'tongren', name: 'Tongren', nameZh: '铜仁市', peoples: null },
  '522300': {
    id: 'qianxinan',
    name: 'Qianxinan Buyi and Miao Autonomous Prefecture',
    nameZh: '黔西南布依族苗族自治州',
    peoples: 'Buyi and Miao',
  },
  '522600': {
    id: 'qiandongnan',
    name: 'Qiandongnan Miao and Dong Autonomous Prefecture',
    nameZh: '黔东南苗族侗族自治州',
    peoples: 'Miao and Dong',
  },
  '522700': {
    id: 'qiannan',
    name: 'Qiannan Buyi and Miao Autonomous Prefecture',
    nameZh: '黔南布依族苗族自治州',
    peoples: 'Buyi and Miao',
  },
};

const offset = z.tuple([z.number(), z.number()]);
const echartsMapSchema = z.object({
  UTF8Encoding: z.literal(true),
  UTF8Scale: z.number().positive().optional(),
  features: z.array(
    z.object({
      id: z.string(),
      properties: z.object({ name: z.string() }),
      geometry: z.discriminatedUnion('type', [
        z.object({
          type: z.literal('Polygon'),
          coordinates: z.array(z.string()),
          encodeOffsets: z.array(offset),
        }),
        z.object({
          type: z.literal('MultiPolygon'),
          coordinates: z.array(z.array(z.string())),
          encodeOffsets: z.array(z.array(offset)),
        }),
      ]),
    }),
  ),
});

/**
 * Decodes npm echarts@4.9.0 `map/json/province/guizhou.json` (Apache-2.0; about 100 m
 * precision; origin undocumented) and simplifies it for zoom 6-9 (300 m tolerance; a pixel
 * is 540 m at zoom 8).
 */
export async function buildPrefectures(): Promise<OutputReport[]> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('echarts/map/json/province/guizhou.json');
  const map = echartsMapSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const features = map.features.map((feature) => {
    const info = PREFECTURES[feature.id];
    if (!info) throw new Error(`echarts guizhou.json: unknown division code ${feature.id}`);
    if (info.nameZh !== feature.properties.name) {
      throw new Error(
        `echarts guizhou.json: ${feature.id} is ${feature.properties.name}, not ${info.nameZh}`,
      );
    }
    return {
      type: 'Feature',
      properties: {
        id: info.id,
        name: info.name,
        nameZh: info.nameZh,
        autonomous: info.peoples !== null,
        peoples: info.peoples,
      },
      geometry: decodeGeometry(feature.geometry, map.UTF8Scale),
    };
  });
  if (features.length !== 9) throw new Error(`expected 9 prefectures, found ${features.length}`);
  const collection = await runMapshaper(
    JSON.stringify({ type: 'FeatureCollection', features }),
    '-clean -simplify interval=300 keep-shapes -sort id',
    0.001,
  );
  // One label point per prefecture, inside its largest part: labelling the polygons would
  // repeat a name for every part and every tile the prefecture crosses.
  const labels = await runMapshaper(
    JSON.stringify(collection),
    "-points inner -each \"label = autonomous ? name.replace(/ Autonomous Prefecture$/, '').replace(/ (\\w+ and \\w+)$/, '\\n($1)') : name\" -filter-fields id,label,autonomous",
    0.001,
  );
  return [
    writeFeatureCollection('prefectures.json', collection),
    writeFeatureCollection('prefecture-labels.json', labels),
  ];
}
