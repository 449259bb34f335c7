/**
 * The committed rivers (issue #3): the five named rivers, their names on their courses, and
 * every hydro station on its river.
 */
import { describe, expect, it } from 'vitest';
import { pointToLinesKm } from '../../lib/facts/distance';
import { mercatorX, mercatorY } from '../../lib/geo/web-mercator';
import { RIVER_NAME_ANCHORS } from '../../lib/map/river-names';
import { facts, load, parts, toLonLat } from './committed-data';

describe('rivers.json', () => {
  const rivers = load('rivers.json').features;
  const lines = rivers.flatMap(parts).map((line) => line.map(toLonLat));

  it('names the Wu, Beipan, Nanpan, Hongshui and Qingshui', () => {
    const names = new Set(rivers.map((f) => f.properties?.name).filter(Boolean));
    expect([...names].sort()).toEqual(['Beipan', 'Hongshui', 'Nanpan', 'Qingshui', 'Wu']);
    rivers.forEach((f) => expect(Object.keys(f.properties ?? {})).toEqual(['name', 'major']));
  });

  const ownLines = (name: string) =>
    rivers
      .filter((f) => f.properties?.name === name)
      .flatMap(parts)
      .map((line) => line.map(toLonLat));

  it.each(RIVER_NAME_ANCHORS.features.map((f) => [f.properties.name, f] as const))(
    "the %s River's name sits on it, turned to its course",
    (name, anchor) => {
      const at = toLonLat(anchor.geometry.coordinates);
      expect(pointToLinesKm(at, ownLines(name))).toBeLessThan(3);
      // The river's course there: the line through its vertices within 25 km (a name's half-length), on screen axes.
      const near = ownLines(name)
        .flat()
        .filter((p) => pointToLinesKm(p, [[at, at]]) < 25);
      expect(near.length).toBeGreaterThan(3);
      const xs = near.map((p) => mercatorX(p[0]));
      const ys = near.map((p) => mercatorY(p[1]));
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const [mx, my] = [mean(xs), mean(ys)];
      const sxx = mean(xs.map((x) => (x - mx) ** 2));
      const syy = mean(ys.map((y) => (y - my) ** 2));
      const sxy = mean(xs.map((x, i) => (x - mx) * ((ys[i] ?? my) - my)));
      const course = (Math.atan2(2 * sxy, sxx - syy) * 90) / Math.PI;
      const off = Math.abs(((anchor.properties.angle - course + 270) % 180) - 90);
      expect(off).toBeLessThan(12);
    },
  );

  it.each(facts['power-plants'].filter((p) => p.fuel === 'hydro').map((p) => [p.name, p] as const))(
    'hydro station %s is within 3 km of a river line, and of its named river',
    (_name, plant) => {
      expect(pointToLinesKm(plant.coordinates, lines)).toBeLessThan(3);
      const own = rivers
        .filter((f) => f.properties?.name === plant.river)
        .flatMap(parts)
        .map((line) => line.map(toLonLat));
      expect(pointToLinesKm(plant.coordinates, own)).toBeLessThan(3);
    },
  );
});
