/**
 * Building SVG as text. Everything interpolated into markup goes through `escapeXml`: titles
 * and labels carry apostrophes and ampersands ("Gui'an", "Tobacco, tea & ..."), and one stray
 * `&` makes the whole image fail to parse.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A number as SVG writes it: at most two decimals, so output is short and stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type AttributeValue = string | number | undefined;

/** ` name="value"` pairs, in the given order, leaving out undefined values. */
export function attrs(attributes: Readonly<Record<string, AttributeValue>>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`,
    )
    .join('');
}

/** One element; children are markup already built (and escaped) by these helpers. */
export function el(
  tag: string,
  attributes: Readonly<Record<string, AttributeValue>>,
  children: string | readonly string[] = '',
): string {
  const inner = typeof children === 'string' ? children : children.join('');
  return inner === ''
    ? `<${tag}${attrs(attributes)}/>`
    : `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

/** A colour with an alpha in deck.gl's 0-255 scale, as the opacity SVG wants. */
export function alpha(value255: number): number {
  return Math.round((value255 / 255) * 1000) / 1000;
}
