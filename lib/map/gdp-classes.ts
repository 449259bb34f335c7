import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

/**
 * GDP per person in five classes, for the map of rich coast and poor interior. The breaks
 * (US$, 2021) put the national figure, US$12,557, inside the middle class, and leave the four
 * poorest provinces, Guizhou among them, in the lightest.
 */
export const GDP_BREAKS = [8000, 10000, 13000, 18000] as const;
export const GDP_COLOURS = ['#f4ead2', '#e0c48f', '#c39457', '#976530', '#643a12'] as const;

/** The property of `provinces.json` that carries the figure (joined by the data build). */
export const GDP_PROPERTY = 'gdpPerPerson';

/**
 * The provinces of one class: at least its lower break and under its upper one. Each class is
 * a layer of its own with one colour (`gdp-per-person.ts`), not one layer coloured by feature.
 */
export function gdpClassFilter(index: number): FilterSpecification {
  const value: ExpressionSpecification = ['get', GDP_PROPERTY];
  const lower = GDP_BREAKS[index - 1];
  const upper = GDP_BREAKS[index];
  return [
    'all',
    ['has', GDP_PROPERTY],
    ...(lower === undefined ? [] : [['>=', value, lower] as ExpressionSpecification]),
    ...(upper === undefined ? [] : [['<', value, upper] as ExpressionSpecification]),
  ];
}
