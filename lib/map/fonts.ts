/**
 * Font families the map draws labels with. The style has no `glyphs` URL, so MapLibre
 * (5.11+) draws each glyph from these CSS families, which `app/fonts.css` self-hosts: no
 * glyph server, no outside request. Bold is its own family because MapLibre picks the weight
 * from the family's name.
 */
export const MAP_FONT = 'Story Sans';
export const MAP_FONT_BOLD = 'Story Sans Bold';
