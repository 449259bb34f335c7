import { describe, expect, it } from 'vitest';
import type { PointRow } from './rows';
import { thinLabels } from './thin-labels';

const row = (
  name: string,
  mw: number,
  lon: number,
  lat: number,
): PointRow<{ name: string; mw: number }> => ({
  position: [lon, lat],
  row: { name, mw },
});

describe('thinLabels', () => {
  const rows = [
    row('Tianshengqiao-I', 1200, 105.1033, 24.941),
    row('Tianshengqiao-II', 1320, 105.16, 24.96),
    row('Goupitan', 3000, 107.63, 27.37),
  ];

  it('drops the lesser of two labels that would overlap', () => {
    const kept = thinLabels(rows, (r) => r.mw, 6, 40).map((d) => d.row.name);
    expect(kept).toEqual(['Goupitan', 'Tianshengqiao-II']);
  });

  it('keeps both once the map is close enough to separate them', () => {
    expect(thinLabels(rows, (r) => r.mw, 11, 40)).toHaveLength(3);
  });

  it('keeps everything when nothing is near', () => {
    expect(thinLabels([rows[2]!], (r) => r.mw, 3, 40)).toHaveLength(1);
  });
});
