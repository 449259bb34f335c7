import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pictureDifference } from './picture-difference';

/** A 20x10 picture of one colour, with an optional stripe of another across rows 4 and 5. */
function picture(fill: number[], stripe?: number[]): Buffer {
  const png = new PNG({ width: 20, height: 10 });
  for (let i = 0; i < 200; i += 1) {
    const colour = stripe && i >= 80 && i < 120 ? stripe : fill;
    png.data.set([...colour, 255], i * 4);
  }
  return PNG.sync.write(png);
}

const paper = [248, 246, 240];

describe('the difference between a still and a photograph', () => {
  it('is nothing for the same picture', () => {
    expect(pictureDifference(picture(paper), picture(paper)).pixels).toBe(0);
  });

  it('ignores a shade too small to see', () => {
    expect(pictureDifference(picture(paper), picture([247, 246, 240])).pixels).toBe(0);
  });

  it("sees Guizhou's fill when its opacity moves from 0.55 to 0.45 over the paper", () => {
    const fill = (opacity: number) =>
      [248, 246, 240].map((under, i) =>
        Math.round(under * (1 - opacity) + [243, 217, 164][i]! * opacity),
      );
    expect(pictureDifference(picture(fill(0.55)), picture(fill(0.45))).pixels).toBe(200);
  });

  it('counts a line drawn in another colour', () => {
    const difference = pictureDifference(picture(paper), picture(paper, [138, 75, 18]));
    expect(difference.pixels).toBeGreaterThanOrEqual(20);
    expect(difference.share).toBeGreaterThan(0.1);
  });

  it('refuses pictures of different sizes, naming both', () => {
    const small = new PNG({ width: 10, height: 10 });
    expect(() => pictureDifference(picture(paper), PNG.sync.write(small))).toThrow(
      'sizes differ: still 20x10, photograph 10x10',
    );
  });
});
