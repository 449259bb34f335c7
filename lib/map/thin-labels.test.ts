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

const SETTING = { size: 12, offsetPx: 14, gapPx: 4, symbolPx: () => 12 };
const thin = (rows: readonly PointRow<{ name: string; mw: number }>[], zoom: number) =>
  thinLabels(
    rows,
    (r) => r.mw,
    (r) => r.name,
    zoom,
    SETTING,
  ).map((d) => d.row.name);

describe('thinLabels', () => {
  const tianshengqiao = [
    row('Tianshengqiao-I', 1200, 105.1033, 24.941),
    row('Tianshengqiao-II', 1320, 105.16, 24.96),
  ];
  const goupitan = row('Goupitan', 3000, 107.63, 27.37);

  it('drops the lesser of two labels that would print over each other', () => {
    expect(thin([...tianshengqiao, goupitan], 6)).toEqual(['Goupitan', 'Tianshengqiao-II']);
  });

  it('keeps both once the map is close enough to separate them', () => {
    expect(thin([...tianshengqiao, goupitan], 11)).toHaveLength(3);
  });

  it('keeps two names one above the other, a line or more apart', () => {
    // Guangzhao is 1 degree north of Tianshengqiao-II: about 60 px at the phone's hydro zoom.
    const guangzhao = row('Guangzhao', 1040, 105.2508, 25.9594);
    expect(thin([tianshengqiao[1]!, guangzhao], 5.2)).toEqual(['Tianshengqiao-II', 'Guangzhao']);
  });

  it('drops a label that would run into a more important symbol to its right', () => {
    // Wujiangdu's name, written rightwards, reaches Goupitan's circle 0.87 degrees east.
    const wujiangdu = row('Wujiangdu', 1250, 106.76, 27.32);
    expect(thin([goupitan, wujiangdu], 6)).toEqual(['Goupitan']);
    expect(thin([goupitan, wujiangdu], 8)).toEqual(['Goupitan', 'Wujiangdu']);
  });

  it("counts a big symbol's own width, not only its label's", () => {
    // A station 30 px below Goupitan at zoom 7, whose name runs east under Goupitan's circle:
    // clear of a 12 px circle, not of a 40 px one.
    const silin = row('Silin', 1050, 107.3, 27.22);
    const big = (r: { mw: number }) => (r.mw > 2000 ? 40 : 12);
    const names = (symbolPx: (r: { name: string; mw: number }) => number) =>
      thinLabels(
        [goupitan, silin],
        (r) => r.mw,
        (r) => r.name,
        7,
        { ...SETTING, symbolPx },
      ).map((d) => d.row.name);
    expect(names(() => 12)).toEqual(['Goupitan', 'Silin']);
    expect(names(big)).toEqual(['Goupitan']);
  });

  it('keeps everything when nothing is near', () => {
    expect(thin([goupitan], 3)).toHaveLength(1);
  });
});
