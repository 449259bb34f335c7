import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * GDP per person in five classes, for the map of rich coast and poor interior. The breaks
 * (US$, 2021) put the national figure, US$12,557, inside the middle class, and leave the four
 * poorest provinces, Guizhou among them, in the lightest.
 */
export const GDP_BREAKS = [8000, 10000, 13000, 18000] as const;
export const GDP_COLOURS = ['#f4ead2', '#e0c48f', '#c39457', '#976530', '#643a12'] as const;

/** The property of `provinces.json` that carries the figure (joined by the data build). */
export const GDP_PROPERTY = 'gdpPerPerson';

export const GDP_FILL_COLOUR: ExpressionSpecification = [
  'step',
  ['get', GDP_PROPERTY],
  GDP_COLOURS[0],
  ...GDP_BREAKS.flatMap((bound, index) => [bound, GDP_COLOURS[index + 1] ?? GDP_COLOURS[0]]),
];
