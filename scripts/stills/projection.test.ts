import { describe, expect, it } from 'vitest';
import { sceneFor } from '@/lib/story/scene-for';
import { SCENE_IDS } from '@/lib/story/scenes';
import { MAP_FRAME, STILL_HEIGHT, STILL_WIDTH, type Rect } from './layout';
import { pixelsPerMetre, project, stillView } from './projection';

const FULL_IMAGE: Rect = { x: 0, y: 0, width: STILL_WIDTH, height: STILL_HEIGHT };
/** fitCamera keeps 28 px clear and rounds the zoom to 0.05, which can eat a few of them. */
const MIN_MARGIN_PX = 20;

describe('stillView', () => {
  it.each(SCENE_IDS)('puts scene %s centre at the image centre', (id) => {
    const scene = sceneFor({ scene: id });
    const [x, y] = project(stillView(scene, FULL_IMAGE), scene.camera.center);
    expect(x).toBeCloseTo(STILL_WIDTH / 2, 6);
    expect(y).toBeCloseTo(STILL_HEIGHT / 2, 6);
  });

  it.each(SCENE_IDS)('puts scene %s centre at the centre of the map under the title', (id) => {
    const scene = sceneFor({ scene: id });
    const [x, y] = project(stillView(scene, MAP_FRAME), scene.camera.center);
    expect(x).toBeCloseTo(MAP_FRAME.x + MAP_FRAME.width / 2, 6);
    expect(y).toBeCloseTo(MAP_FRAME.y + MAP_FRAME.height / 2, 6);
  });

  it.each(SCENE_IDS)('fits scene %s focus inside the map with a margin', (id) => {
    const scene = sceneFor({ scene: id });
    const view = stillView(scene, MAP_FRAME);
    const [west, south, east, north] = scene.focus;
    for (const corner of [
      [west, north],
      [east, north],
      [west, south],
      [east, south],
    ] as const) {
      const [x, y] = project(view, corner);
      expect(x).toBeGreaterThanOrEqual(MAP_FRAME.x + MIN_MARGIN_PX);
      expect(x).toBeLessThanOrEqual(MAP_FRAME.x + MAP_FRAME.width - MIN_MARGIN_PX);
      expect(y).toBeGreaterThanOrEqual(MAP_FRAME.y + MIN_MARGIN_PX);
      expect(y).toBeLessThanOrEqual(MAP_FRAME.y + MAP_FRAME.height - MIN_MARGIN_PX);
    }
  });

  it.each(SCENE_IDS)('never zooms scene %s in past its camera', (id) => {
    const scene = sceneFor({ scene: id });
    expect(stillView(scene, MAP_FRAME).zoom).toBeLessThanOrEqual(scene.camera.zoom);
  });

  it('matches MapLibre: a 512 px world at zoom 0, so 2^zoom times that', () => {
    const scene = sceneFor({ scene: 'guizhou' });
    const view = stillView(scene, MAP_FRAME);
    const [x0] = project(view, [100, 26]);
    const [x1] = project(view, [101, 26]);
    expect(x1 - x0).toBeCloseTo((512 * 2 ** view.zoom) / 360, 6);
  });

  it('gives pixels per metre from the scale and the latitude', () => {
    const view = stillView(sceneFor({ scene: 'data-centres' }), MAP_FRAME);
    const atEquator = (512 * 2 ** view.zoom) / 40_075_016.686;
    expect(pixelsPerMetre(view, 0)).toBeCloseTo(atEquator, 9);
    expect(pixelsPerMetre(view, 60)).toBeCloseTo(atEquator * 2, 9);
  });
});
