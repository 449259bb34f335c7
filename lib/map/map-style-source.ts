import type { StyleSpecification } from 'maplibre-gl';
import type { Edition } from '@/lib/content/editions';
import { buildBaseStyle } from './base-style';
import { CUSTOM_STYLE_URL } from './custom-style-url';
import { localizeStyle } from './localize-style';

/**
 * The map's style: a deployment's own (see `custom-style-url.ts`), used as it is, else our
 * embedded base map in the edition's language.
 */
export function getMapStyle(origin: string, edition: Edition = 'en'): string | StyleSpecification {
  return CUSTOM_STYLE_URL ?? localizeStyle(buildBaseStyle(origin), edition);
}
