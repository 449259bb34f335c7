/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

/**
 * Distance in km from a point to a segment, in a local equirectangular projection centred on
 * the point: within 0.5 % of the great-circle distance for segments a few tens of km long,
 * which is all a "within 3 km of a river" check needs.
 */
export function pointToSegmentKm(point: LonLat, a: LonLat, b: LonLat): number {
  const k = Math.cos((point[1] * Math.PI) / 180);
  const ax = (a[0] - point[0]) * k;
  const ay = a[1] - point[1];
  const bx = (b[0] - point[0]) * k;
  const by = b[1] - point[1];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

/** Distance in km from a point to the nearest part of any of the polylines. */
export function pointToLinesKm(point: LonLat, lines: readonly (readonly LonLat[])[]): number {
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (a && b) best = Math.min(best, pointToSegmentKm(point, a, b));
    }
  }
  return best;
}

/** Great-circle (haversine) distance in km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
