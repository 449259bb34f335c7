import type { Edition } from '@/lib/content/editions';
import { confidence, formatDate, formatMegawatts } from './feature-format';
import { NAMES_ZH } from './names-zh';

/**
 * The words of the map's details and its deck.gl labels, per edition: what the rows' own
 * columns (`name`, `nameZh`...) do not say. English is exactly what the describers wrote before
 * there was a second edition; the unit tests of `feature-details` hold it there.
 */
export interface FeatureText {
  /** A row's name or its Chinese name (`nameZh`), falling back to the English one. */
  readonly pick: (english: string, chinese: string | undefined) => string;
  readonly date: (iso: string) => string;
  readonly confidence: (level: string, note?: string) => string;
  readonly plant: (fuel: 'hydro' | 'coal', megawatts: number) => string;
  readonly onRiver: (river: string) => string;
  readonly inService: (year: number) => string;
  /** A power plant's name on the map: Chinese names drop their "hydro station" or "power plant". */
  readonly plantLabel: (name: string) => string;
  readonly pilotKinds: Readonly<
    Record<'first' | 'cross-regional' | 'regional-demonstration' | 'infrastructure', string>
  >;
  readonly approved: (iso: string) => string;
  readonly shownAt: (city: string) => string;
  /** The first pilot zone's label: its name and its month. */
  readonly firstZoneLabel: (name: string) => string;
  readonly dates: (dates: string) => string;
  readonly siteCluster: string;
  readonly otherCentres: string;
  readonly coalfieldCircle: (radiusKm: number) => string;
  /** A coalfield's name on the map, without the towns in brackets. */
  readonly coalfieldLabel: (name: string) => string;
  readonly magnitude: (magnitude: number) => string;
  readonly epicentre: string;
  readonly earthquakeLabel: (name: string, date: string, magnitude: number) => string;
  readonly guianLabel: (name: string) => string;
  readonly guianArea: string;
  readonly districtKinds: Readonly<Record<string, string>>;
  readonly districtOf: (kind: string, prefecture: 'guiyang' | 'anshun') => string;
  /** A built-up area's title, from its city's name. */
  readonly urbanArea: (city: string) => string;
  readonly urbanAreaSize: (km2: number) => string;
  /** The word before a card's sources, with its space, and what goes between two of them. */
  readonly sources: (count: number) => string;
  readonly sourceSeparator: string;
  readonly details: (title: string) => string;
  readonly close: string;
}

const DISTRICT_KINDS_EN: Readonly<Record<string, string>> = {
  district: 'District',
  county: 'County',
  'county-level city': 'County-level city',
  'autonomous county': 'Autonomous county',
};

const DISTRICT_KINDS_ZH: Readonly<Record<string, string>> = {
  district: '区',
  county: '县',
  'county-level city': '县级市',
  'autonomous county': '自治县',
};

const LEVELS_ZH: Readonly<Record<string, string>> = { high: '高', medium: '中', low: '低' };

/** "2016-02-25" → "2016年2月25日"; "2016-10" → "2016年10月"; "2016" → "2016年". */
export function formatDateZh(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!year) return iso;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

export const FEATURE_TEXT: Readonly<Record<Edition, FeatureText>> = {
  en: {
    pick: (english) => english,
    date: formatDate,
    confidence,
    plant: (fuel, megawatts) =>
      `${fuel === 'hydro' ? 'Hydro station' : 'Coal power plant'}, ${formatMegawatts(megawatts)}`,
    onRiver: (river) => `On the ${river} River`,
    inService: (year) => `In service from ${year}`,
    plantLabel: (name) => name,
    pilotKinds: {
      first: 'The first national big-data comprehensive pilot zone',
      'cross-regional': 'Cross-regional pilot zone',
      'regional-demonstration': 'Regional demonstration pilot zone',
      infrastructure: 'Big-data infrastructure pilot zone',
    },
    approved: (iso) => `Approved ${formatDate(iso)}`,
    shownAt: (city) => `Shown at ${city}`,
    firstZoneLabel: (name) => `${name} · Feb 2016`,
    dates: (dates) => `Dates: ${dates}`,
    siteCluster: 'Data-centre sites',
    otherCentres: 'Tencent, Huawei and telecom operators',
    coalfieldCircle: (radiusKm) =>
      `Drawn as a circle about ${radiusKm * 2} km across: an approximate area, not a survey`,
    coalfieldLabel: (name) => name.replace(/ \(.*\)$/, ''),
    magnitude: (magnitude) => `Magnitude ${magnitude}`,
    epicentre: 'Epicentre as reported by the USGS',
    earthquakeLabel: (name, date, magnitude) =>
      `${name.split(',')[0]} ${date.slice(0, 4)}, M${magnitude}`,
    guianLabel: (name) => `${name} (approximate)`,
    guianArea:
      'Planned area 1,795 km², drawn as a circle of that size (its outline is not published)',
    districtKinds: DISTRICT_KINDS_EN,
    districtOf: (kind, prefecture) =>
      `${DISTRICT_KINDS_EN[kind] ?? kind} of ${prefecture === 'guiyang' ? 'Guiyang' : 'Anshun'}`,
    urbanArea: (city) => `${city} built-up area`,
    urbanAreaSize: (km2) =>
      `About ${km2} km² of built-up land, as Natural Earth maps it from satellite images of the early 2000s, before Gui'an was planned`,
    sources: (count) => `Source${count > 1 ? 's' : ''}: `,
    sourceSeparator: '; ',
    details: (title) => `Details: ${title}`,
    close: 'Close details',
  },
  zh: {
    pick: (english, chinese) => chinese ?? english,
    date: formatDateZh,
    confidence: (level, note) =>
      `位置可信度：${LEVELS_ZH[level] ?? level}${note ? `。${note}` : ''}`,
    // Grouped by hand, as in English (no Intl on a scroll); the key says 兆瓦 too.
    plant: (fuel, megawatts) =>
      `${fuel === 'hydro' ? '水电站' : '燃煤电厂'}，${formatMegawatts(megawatts).replace(/ MW$/, '兆瓦')}`,
    onRiver: (river) => `位于${NAMES_ZH[river] ?? river}`,
    inService: (year) => `${year}年投产`,
    plantLabel: (name) => name.replace(/(水电站|电厂)$/, ''),
    pilotKinds: {
      first: '首个国家大数据综合试验区',
      'cross-regional': '跨区域类综合试验区',
      'regional-demonstration': '区域示范类综合试验区',
      infrastructure: '大数据基础设施统筹发展类综合试验区',
    },
    approved: (iso) => `${formatDateZh(iso)}获批`,
    shownAt: (city) => `图上位置：${city}`,
    firstZoneLabel: (name) => `${name} · 2016年2月`,
    dates: (dates) => `时间：${dates}`,
    siteCluster: '数据中心群',
    otherCentres: '腾讯、华为和电信运营商',
    coalfieldCircle: (radiusKm) => `画作直径约${radiusKm * 2}公里的圆：大致范围，并非勘测结果`,
    coalfieldLabel: (name) => name.replace(/（.*）$/, ''),
    magnitude: (magnitude) => `震级：${magnitude}`,
    epicentre: '震中位置据美国地质调查局（USGS）',
    earthquakeLabel: (name, date, magnitude) => `${name} ${date.slice(0, 4)}年，${magnitude}级`,
    guianLabel: (name) => `${name}（大致范围）`,
    guianArea: '规划面积1,795平方公里，画作同样面积的圆（其边界未公布）',
    districtKinds: DISTRICT_KINDS_ZH,
    districtOf: (kind, prefecture) =>
      `${prefecture === 'guiyang' ? '贵阳市' : '安顺市'}下辖${DISTRICT_KINDS_ZH[kind] ?? kind}`,
    urbanArea: (city) => `${city}建成区`,
    urbanAreaSize: (km2) =>
      `建成区约${km2}平方公里，据 Natural Earth 依本世纪初卫星影像所绘，早于贵安新区的规划`,
    sources: () => '来源：',
    sourceSeparator: '；',
    details: (title) => `详情：${title}`,
    close: '关闭详情',
  },
};

/**
 * Every fixed Chinese word the details and labels can show, for the font subset and for the
 * fonts the map loads before it draws its labels.
 */
export const FEATURE_WORDS_ZH: string = [
  JSON.stringify(FEATURE_TEXT.zh),
  ...Object.values(FEATURE_TEXT.zh).map((value) => String(value)),
].join('');
