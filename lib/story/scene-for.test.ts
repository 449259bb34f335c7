import { describe, expect, it } from 'vitest';
import { fitCamera, zoomToFit, type Bounds } from './fit-camera';
import { sceneFor } from './scene-for';
import { LAYER_IDS } from '@/lib/map/layers';
import { SCENE_IDS, SCENES } from './scenes';

describe('sceneFor', () => {
  it.each(SCENE_IDS)('gives scene %s its camera and layers', (id) => {
    const scene = sceneFor({ scene: id });
    expect(scene.id).toBe(id);
    expect(scene.camera).toBe(SCENES[id].camera);
    expect(scene.layers).toBe(SCENES[id].layers);
  });

  it.each(SCENE_IDS)('scene %s has a camera within range and known layers', (id) => {
    const { camera, layers } = SCENES[id];
    expect(Math.abs(camera.center[0])).toBeLessThanOrEqual(180);
    expect(Math.abs(camera.center[1])).toBeLessThanOrEqual(85);
    expect(camera.zoom).toBeGreaterThanOrEqual(0);
    expect(camera.zoom).toBeLessThanOrEqual(16);
    expect(camera.pitch).toBeGreaterThanOrEqual(0);
    expect(camera.pitch).toBeLessThanOrEqual(70);
    for (const layer of layers) expect(LAYER_IDS).toContain(layer);
    expect(new Set(layers).size).toBe(layers.length);
  });

  it('is pure: steps that share a scene get the very same object', () => {
    expect(sceneFor({ scene: 'plateau' })).toBe(sceneFor({ scene: 'plateau' }));
  });
});

describe('fitCamera', () => {
  const camera = { center: [106.75, 26.8] as const, zoom: 6.1, pitch: 30, bearing: -10 };
  const guizhou: Bounds = [103.6, 24.6, 109.6, 29.2];

  it.each([
    { name: 'a desktop map keeps the composed zoom', width: 768, height: 800, zoom: 6.1 },
    { name: 'a phone map zooms out to keep Guizhou in view', width: 390, height: 371, zoom: 5.05 },
    {
      name: 'a large screen never zooms in past the composition',
      width: 3000,
      height: 2000,
      zoom: 6.1,
    },
  ])('$name', ({ width, height, zoom }) => {
    const fitted = fitCamera(camera, guizhou, { width, height });
    expect(fitted.zoom).toBeCloseTo(zoom, 1);
    expect(fitted.center).toEqual(camera.center);
    expect(fitted.pitch).toBe(camera.pitch);
    expect(fitted.bearing).toBe(camera.bearing);
  });

  it('keeps the composed camera for a map with no size yet', () => {
    expect(fitCamera(camera, guizhou, { width: 0, height: 0 })).toBe(camera);
  });

  it('halving the room for the focus zooms out by one level', () => {
    // 56 px above and below stay clear of the counter and the key: 444 px of room, then 222.
    const full = zoomToFit([0, 0], [-10, -10, 10, 10], { width: 2000, height: 1000 });
    const half = zoomToFit([0, 0], [-10, -10, 10, 10], { width: 2000, height: 556 });
    expect(full - half).toBeCloseTo(1, 2);
  });

  it.each(SCENE_IDS)(
    "scene %s keeps its focus out from under a phone map's counter and key",
    (id) => {
      const { camera: composed, focus } = SCENES[id];
      const viewport = { width: 390, height: 371 };
      const { zoom, center } = fitCamera(composed, focus, viewport);
      const mercatorY = (lat: number) =>
        (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
      const px = (lat: number) => Math.abs(mercatorY(lat) - mercatorY(center[1])) * 512 * 2 ** zoom;
      const clear = viewport.height / 2 - 44;
      expect(px(focus[3])).toBeLessThanOrEqual(clear);
      expect(px(focus[1])).toBeLessThanOrEqual(clear);
    },
  );

  it.each(SCENE_IDS)('scene %s keeps its focus in view on a 320 px phone', (id) => {
    const { camera: composed, focus } = SCENES[id];
    const viewport = { width: 320, height: 300 };
    const fitted = fitCamera(composed, focus, viewport);
    expect(fitted.zoom).toBeLessThanOrEqual(zoomToFit(composed.center, focus, viewport) + 0.03);
  });
});
