import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Edition } from '@/lib/content/editions';
import { NAMES_ZH } from './names-zh';

/** The family the Chinese pages self-host (public/fonts/zh/), after the Latin one. */
export const MAP_FONT_CJK = 'Story CJK';

type Value = ExpressionSpecification | string | number | boolean | null | readonly unknown[];

/**
 * A name in Chinese: for `name`, the data's own `nameZh` where it has one; else the table, else
 * as it is. A short map label (`mapLabel`) has its own entry in the table: the row's `nameZh`
 * is its full name, for the details.
 */
function chineseName(property: string): ExpressionSpecification {
  const pairs = Object.entries(NAMES_ZH).flat();
  const fromTable = ['match', ['get', property], ...pairs, ['get', property]];
  return (property === 'name'
    ? ['coalesce', ['get', 'nameZh'], fromTable]
    : fromTable) as unknown as ExpressionSpecification;
}

/** A label expression with every name and fixed word put into Chinese. */
function translateField(field: Value): Value {
  if (typeof field === 'string') return field.trim() === 'River' ? '' : (NAMES_ZH[field] ?? field);
  if (!Array.isArray(field)) return field;
  if (field[0] === 'get' && typeof field[1] === 'string') return chineseName(field[1]);
  return field.map((part) => translateField(part as Value));
}

const isFontList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((font) => typeof font === 'string');

/** In an expression, each `['literal', [fonts]]` stack gets the CJK family after its own. */
function withCjkFontIn(expression: Value): Value {
  if (!Array.isArray(expression)) return expression;
  if (expression[0] === 'literal' && isFontList(expression[1])) {
    return ['literal', [...expression[1], MAP_FONT_CJK]];
  }
  return expression.map((part) => withCjkFontIn(part as Value));
}

/** A font stack with the CJK family after the Latin one, so ideographs have a face. */
function withCjkFont(stack: Value): Value {
  return isFontList(stack) ? [...stack, MAP_FONT_CJK] : withCjkFontIn(stack);
}

function localizeLayer(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'symbol' || !layer.layout?.['text-field']) return layer;
  const layout = { ...layer.layout };
  layout['text-field'] = translateField(
    layout['text-field'] as Value,
  ) as (typeof layout)['text-field'];
  if (layout['text-font']) {
    layout['text-font'] = withCjkFont(layout['text-font'] as Value) as (typeof layout)['text-font'];
  }
  return { ...layer, layout };
}

/**
 * The base map in an edition's language: English as built, Chinese with every label's names
 * from the data's Chinese names or the names table, drawn in the self-hosted CJK font.
 */
export function localizeStyle(style: StyleSpecification, edition: Edition): StyleSpecification {
  if (edition === 'en') return style;
  return { ...style, layers: style.layers.map(localizeLayer) };
}
