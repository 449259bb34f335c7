/**
 * The map's colours, in one place so the legend and the map agree.
 * Categories never rely on colour alone: every symbol also has a shape, a label or a legend
 * entry in words.
 */
export const PALETTE = {
  sea: '#cfdde4',
  land: '#ece8de',
  china: '#f8f6f0',
  countryLine: '#9c9687',
  provinceLine: '#c4bcab',
  guizhouFill: '#f3d9a4',
  guizhouLine: '#8a4b12',
  neighbourFill: '#e9c6bd',
  mainlandFill: '#d9e7d3',
  prefectureLine: '#a8875a',
  autonomousFill: '#d7c2e3',
  river: '#3d7fb0',
  hydro: '#1565a8',
  coal: '#2f2f2f',
  coalfield: '#6b5d4f',
  transmission: '#c2410c',
  earthquake: '#b91c1c',
  pilotFirst: '#b42318',
  pilotCrossRegional: '#6d28d9',
  pilotRegional: '#047857',
  pilotInfrastructure: '#b45309',
  dataCentre: '#0e7490',
  guian: '#0e7490',
  districtLine: '#8f8574',
  urban: '#8c8172',
  urbanLine: '#7a6f60',
  corridor: '#a15c07',
  airport: '#3f4a5a',
  apple: '#b42318',
  label: '#2b2a27',
  labelMuted: '#5b5850',
  seaLabel: '#3f6475',
  halo: '#ffffff',
} as const;

/**
 * Hypsometric tint for the plateau: lowland green to upland brown (metres). Baked into the
 * tint's tiles by the data build: after a change, `npm run data -- relief` (a test of
 * scripts/data/relief.test.ts fails until then).
 */
export const ELEVATION_RAMP: readonly (readonly [number, string])[] = [
  // The sea is stored as 0 m: left clear, so the sea colour shows through.
  [0, 'rgba(215, 230, 200, 0)'],
  [20, '#d7e6c8'],
  [300, '#c6dcae'],
  [700, '#e4ddaa'],
  [1100, '#dcc48e'],
  [1500, '#c9a273'],
  [2000, '#a97f5c'],
  [2600, '#8c6a52'],
];

/** `#rrggbb` → deck.gl's [r, g, b, a]. */
export function toRgba(hex: string, alpha = 255): [number, number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

/** `color` laid over `base` at `opacity` (0-1), as the map composites it: a key's swatch. */
export function over(base: string, color: string, opacity: number): string {
  const [r0, g0, b0] = toRgba(base);
  const [r1, g1, b1] = toRgba(color);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * opacity);
  return `#${[mix(r0, r1), mix(g0, g1), mix(b0, b1)]
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** How strongly the map fills Guizhou over China (a MapLibre fill opacity). */
export const GUIZHOU_FILL_OPACITY = 0.55;
/** How strongly the map fills a built-up area (a MapLibre fill opacity). */
export const URBAN_FILL_OPACITY = 0.3;
/** How strongly deck.gl fills the Gui'an New Area's circle (alpha, 0-255). */
export const GUIAN_FILL_ALPHA = 30;
