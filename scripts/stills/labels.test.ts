import { describe, expect, it } from 'vitest';
import { SANS_BOLD } from './fonts';
import { boxesOverlap, type Box } from './layout';
import { labelBox, placeLabels, type LabelRequest } from './labels';

const BOUNDS: Box = { x0: 0, y0: 0, x1: 400, y1: 200 };
const style = { face: SANS_BOLD, size: 12, color: '#000000' };

function request(text: string, at: [number, number], extra: Partial<LabelRequest> = {}) {
  return { text, at, style, priority: 1, placements: ['right', 'left'], gap: 5, ...extra } as const;
}

describe('labelBox', () => {
  it('puts a right label past the gap, centred on the point', () => {
    const box = labelBox(request('Guiyang', [100, 100]), 'right');
    expect(box.x0).toBeCloseTo(100 + 5 - 1.5);
    expect((box.y0 + box.y1) / 2).toBeCloseTo(100);
  });

  it('takes a placement its own gap and point', () => {
    const box = labelBox(request('Guiyang', [100, 100]), {
      placement: 'center',
      gap: 0,
      at: [300, 50],
    });
    expect((box.x0 + box.x1) / 2).toBeCloseTo(300);
    expect((box.y0 + box.y1) / 2).toBeCloseTo(50);
  });

  it('stacks lines', () => {
    const one = labelBox(request('Qiannan', [100, 100]), 'center');
    const two = labelBox(request('Qiannan\n(Buyi and Miao)', [100, 100]), 'center');
    expect(two.y1 - two.y0).toBeGreaterThan(1.9 * (one.y1 - one.y0) - 3);
  });
});

describe('placeLabels', () => {
  it('never lets two placed labels overlap', () => {
    const requests = Array.from({ length: 12 }, (_, i) =>
      request(`Station ${i}`, [40 + (i % 4) * 30, 40 + Math.floor(i / 4) * 8]),
    );
    const placed = placeLabels(requests, { bounds: BOUNDS, obstacles: [] });
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
    }
    expect(placed.length).toBeLessThan(requests.length);
  });

  it('places the more important of two clashing labels, and tries its next position', () => {
    const minor = request('Minor', [100, 100], { priority: 1, placements: ['right'] });
    const major = request('Major', [100, 100], { priority: 9, placements: ['right'] });
    const placed = placeLabels([minor, major], { bounds: BOUNDS, obstacles: [] });
    expect(placed.map((label) => label.request.text)).toEqual(['Major']);
    const flexible = request('Minor', [100, 100], { priority: 1, placements: ['right', 'left'] });
    const both = placeLabels([flexible, major], { bounds: BOUNDS, obstacles: [] });
    expect(both.map((label) => [label.request.text, label.placement])).toEqual([
      ['Minor', 'left'],
      ['Major', 'right'],
    ]);
  });

  it('keeps labels off obstacles and inside the bounds', () => {
    const obstacle: Box = { x0: 100, y0: 80, x1: 200, y1: 120 };
    const placed = placeLabels([request('Kaili', [95, 100])], {
      bounds: BOUNDS,
      obstacles: [obstacle],
    });
    expect(placed[0]?.placement).toBe('left');
    const edge = placeLabels([request('Far east', [398, 100], { placements: ['right'] })], {
      bounds: BOUNDS,
      obstacles: [],
    });
    expect(edge).toEqual([]);
  });

  it('keeps a required label where it overlaps least', () => {
    const obstacle: Box = { x0: 0, y0: 0, x1: 400, y1: 200 };
    const placed = placeLabels([request('GUIZHOU', [100, 100], { required: true })], {
      bounds: BOUNDS,
      obstacles: [obstacle],
    });
    expect(placed).toHaveLength(1);
  });
});
