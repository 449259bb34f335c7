import { PNG } from 'pngjs';
import type { StillView } from './projection';
import { el } from './svg';
import { bandColour, type TerrainSampler } from './terrain-sampler';

/**
 * The plateau drawn flat: the live map's `color-relief` layer (same ramp, same 0.9 opacity),
 * in bands between the ramp's stops (see `bandColour`). A hillshade was tried to stand in for
 * the live map's 3-D terrain: on ETOPO5's 9 km cells it shaded blocks, and tripled the bytes.
 */

const TINT_OPACITY = 0.9;

/** Heights in metres for every pixel of the frame. */
export function heightGrid(view: StillView, terrain: TerrainSampler): Float32Array {
  const { frame, projection } = view;
  const grid = new Float32Array(frame.width * frame.height);
  for (let y = 0; y < frame.height; y++) {
    for (let x = 0; x < frame.width; x++) {
      const lonLat = projection.invert?.([frame.x + x + 0.5, frame.y + y + 0.5]);
      grid[y * frame.width + x] = lonLat ? terrain.heightAt(lonLat[0], lonLat[1]) : 0;
    }
  }
  return grid;
}

function image(view: StillView, png: PNG, opacity?: number): string {
  const { frame } = view;
  return el('image', {
    x: frame.x,
    y: frame.y,
    width: frame.width,
    height: frame.height,
    href: `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`,
    opacity,
  });
}

export function drawTint(view: StillView, heights: Float32Array): string {
  const { width, height } = view.frame;
  const png = new PNG({ width, height });
  heights.forEach((metres, i) => {
    const [r, g, b, a] = bandColour(metres);
    png.data[i * 4] = Math.round(r);
    png.data[i * 4 + 1] = Math.round(g);
    png.data[i * 4 + 2] = Math.round(b);
    png.data[i * 4 + 3] = Math.round(a);
  });
  return image(view, png, TINT_OPACITY);
}
