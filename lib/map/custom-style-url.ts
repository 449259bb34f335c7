/**
 * A deployment may swap the embedded base map for its own MapLibre style by setting
 * NEXT_PUBLIC_MAP_STYLE_URL at build time. The embedded style stays the default: it needs no
 * tile server, no token and no outside request. With another style the story's own layers
 * still draw; the base-map layers it toggles per scene simply are not there.
 */
export const CUSTOM_STYLE_URL = process.env.NEXT_PUBLIC_MAP_STYLE_URL?.trim() || undefined;
