import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from '@playwright/test';

/** The camera as MapLibre reports it at one `move` event, rounded past software-GL noise. */
export interface CameraAt {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
  readonly pitch: number;
  readonly bearing: number;
}

interface Recorder {
  storyMap?: MaplibreMap;
  cameraMoves?: CameraAt[];
  cameraCalls?: string[];
}

/** The map's ways to move its camera, in the order a flight calls them (flyTo ends in jumpTo). */
const CAMERA_METHODS = ['flyTo', 'easeTo', 'jumpTo'] as const;

/**
 * From now on, notes the camera at each `move` event of the live map (`window.storyMap`), and
 * each call that moves it: a flight reports the cameras it passes through, a jump only where
 * it lands. Software WebGL draws so few frames that a short flight may report just its end,
 * so the calls tell a flight from a jump for certain.
 */
export async function recordCameraMoves(page: Page): Promise<void> {
  await page.evaluate((methods) => {
    const recorder = window as unknown as Recorder;
    const map = recorder.storyMap;
    if (!map) throw new Error('the live map is not exposed as window.storyMap');
    const seen: CameraAt[] = [];
    const calls: string[] = [];
    recorder.cameraMoves = seen;
    recorder.cameraCalls = calls;
    for (const method of methods) {
      const original = map[method].bind(map) as (...args: unknown[]) => MaplibreMap;
      Object.assign(map, {
        [method]: (...args: unknown[]) => {
          calls.push(method);
          return original(...args);
        },
      });
    }
    const round = (value: number) => Math.round(value * 1e6) / 1e6;
    map.on('move', () => {
      const center = map.getCenter();
      seen.push({
        lng: round(center.lng),
        lat: round(center.lat),
        zoom: round(map.getZoom()),
        pitch: round(map.getPitch()),
        bearing: round(map.getBearing()),
      });
    });
  }, CAMERA_METHODS);
}

/** The camera calls made since `recordCameraMoves`, by name. */
export async function cameraCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Recorder).cameraCalls ?? []);
}

export async function cameraMoves(page: Page): Promise<CameraAt[]> {
  return page.evaluate(() => (window as unknown as Recorder).cameraMoves ?? []);
}
