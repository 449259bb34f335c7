/**
 * Groups of `provinces.json` ids that scenes shade, named once so the live map's filters and
 * the data build's test always pick the same provinces.
 */

/** Guizhou's neighbours with the earthquakes and heatwaves the hazards step compares. */
export const NEIGHBOUR_IDS: readonly string[] = ['sichuan', 'yunnan'];

/** In the provinces file but outside the mainland's laws (Taiwan is in the countries file). */
export const OUTSIDE_MAINLAND_IDS: readonly string[] = ['hong-kong', 'macau-s-a-r'];
