import type { Scene } from './scene-for';

/**
 * What the map draws while its camera travels from the scene it last showed whole (`from`) to
 * the next (`to`): `from` with only the layers `to` also shows. Layers leaving go as the flight
 * starts and layers arriving come once the camera rests on `to`, so a flight draws only what
 * was already on the map: no new shader, texture or layout is asked of the GPU mid-flight, and
 * every frame in the air draws less. Terrain is a layer too: it rises only on arrival.
 * With nothing shown yet, a flight draws the base map alone.
 */
export function sceneInFlight(from: Scene | null, to: Scene): Scene {
  if (from === to) return to;
  const base = from ?? to;
  const kept = from ? from.layers.filter((layer) => to.layers.includes(layer)) : [];
  return { ...base, layers: kept };
}
