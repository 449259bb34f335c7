import type { StyleSpecification } from 'maplibre-gl';
import { buildBaseStyle } from './base-style';
import { CUSTOM_STYLE_URL } from './custom-style-url';

/** The map's style: a deployment's own (see `custom-style-url.ts`), else our embedded base map. */
export function getMapStyle(origin: string): string | StyleSpecification {
  return CUSTOM_STYLE_URL ?? buildBaseStyle(origin);
}
