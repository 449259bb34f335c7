import { IconLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { DECK_BEFORE_ID } from './layers/style-parts';
import type { Edition } from '@/lib/content/editions';
import { MAP_FONT } from './fonts';
import { MAP_FONT_CJK } from './localize-style';
import { ICON_MAPPING, getIconAtlas, type IconShape } from './icon-atlas';
import { CUSTOM_STYLE_URL } from './custom-style-url';
import { PALETTE, toRgba } from './palette';
import type { PointRow } from './rows';

const WHITE = toRgba(PALETTE.halo);

/**
 * Interleaved with the embedded base map, under its labels (a @deck.gl/mapbox prop, hence the
 * spread). Another base style has no such layer: there deck.gl draws on top.
 */
const UNDER_LABELS: { readonly beforeId?: string } = CUSTOM_STYLE_URL
  ? {}
  : { beforeId: DECK_BEFORE_ID };
/** Props every symbol layer shares: under the labels, pickable for details. */
export const SYMBOL_PROPS = { ...UNDER_LABELS, pickable: true } as const;

/** How far right of its point a label starts, in pixels. */
export const LABEL_OFFSET_PX = 14;

interface LabelOptions<T> {
  readonly offset?: (row: PointRow<T>, index: number) => [number, number];
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** The labels' language: Chinese ones take their ideographs from the CJK family. */
  readonly edition?: Edition;
}

/** The family list deck.gl draws labels with, as a CSS font-family value. */
export function labelFont(edition: Edition = 'en'): string {
  return edition === 'zh' ? `"${MAP_FONT}", "${MAP_FONT_CJK}"` : MAP_FONT;
}

/** A text label beside each point, haloed so it reads on any ground. */
export function labels<T>(
  id: string,
  data: readonly PointRow<T>[],
  getText: (row: T) => string,
  options: LabelOptions<T> = {},
) {
  const offset = options.offset;
  return new TextLayer<PointRow<T>>({
    ...UNDER_LABELS,
    id: `${id}-labels`,
    data,
    getPosition: (d) => d.position,
    getText: (d) => getText(d.row),
    getSize: options.size ?? 13,
    getColor: toRgba(PALETTE.label),
    getTextAnchor: options.anchor ?? 'start',
    getAlignmentBaseline: 'center',
    getPixelOffset: offset ? (d, { index }) => offset(d, index) : [LABEL_OFFSET_PX, 0],
    fontFamily: labelFont(options.edition),
    fontWeight: 700,
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: WHITE,
  });
}

/** A symbol from the icon atlas at each point, coloured and sized per row. */
export function icons<T>(
  id: string,
  data: readonly PointRow<T>[],
  getIcon: (row: T) => IconShape,
  getColor: (row: T) => string,
  getSize: (row: T) => number,
) {
  return new IconLayer<PointRow<T>>({
    ...SYMBOL_PROPS,
    id,
    data,
    iconAtlas: getIconAtlas(),
    iconMapping: ICON_MAPPING,
    getIcon: (d) => getIcon(d.row),
    getPosition: (d) => d.position,
    getColor: (d) => toRgba(getColor(d.row), 235),
    getSize: (d) => getSize(d.row),
    sizeUnits: 'pixels',
  });
}

interface CircleStyle<T> {
  /** In pixels, or in metres on the ground. */
  readonly radius: number | ((row: T) => number);
  readonly units: 'pixels' | 'meters';
  readonly color: string;
  /** Fill alpha (0-255); none for a ring. */
  readonly fillAlpha?: number;
  readonly lineAlpha?: number;
  readonly lineWidth: number;
  readonly pickable?: boolean;
}

/** A circle or ring at each point: a quake's reach, a coalfield's or the new area's extent. */
export function circles<T>(id: string, data: readonly PointRow<T>[], style: CircleStyle<T>) {
  const { radius } = style;
  return new ScatterplotLayer<PointRow<T>>({
    ...SYMBOL_PROPS,
    pickable: style.pickable ?? SYMBOL_PROPS.pickable,
    id,
    data,
    getPosition: (d) => d.position,
    getRadius: typeof radius === 'number' ? radius : (d) => radius(d.row),
    radiusUnits: style.units,
    stroked: true,
    filled: style.fillAlpha !== undefined,
    getFillColor: toRgba(style.color, style.fillAlpha ?? 0),
    getLineColor: toRgba(style.color, style.lineAlpha),
    lineWidthUnits: 'pixels',
    getLineWidth: style.lineWidth,
  });
}
