import { describe, expect, it } from 'vitest';
import { sceneFor } from './scene-for';
import { sceneInFlight } from './scene-in-flight';

const plateau = sceneFor({ scene: 'plateau' });
const hazards = sceneFor({ scene: 'hazards' });
const hydro = sceneFor({ scene: 'hydro' });
const power = sceneFor({ scene: 'power' });

describe('sceneInFlight', () => {
  it('keeps the layers both scenes show, drawn as the scene left behind drew them', () => {
    const flight = sceneInFlight(hydro, power);
    expect(flight.layers).toEqual(['guizhou-outline', 'guizhou-name', 'rivers', 'hydro-plants']);
    expect(flight.id).toBe('hydro');
    expect(flight.camera).toBe(hydro.camera);
  });

  it('brings no layer of the next scene in before the camera arrives', () => {
    expect(sceneInFlight(hydro, power).layers).not.toContain('coal-plants');
    expect(sceneInFlight(hydro, power).layers).not.toContain('west-east-power');
  });

  it('lowers the terrain as a flight leaves the plateau and raises it only on arrival', () => {
    expect(sceneInFlight(plateau, hazards).layers).not.toContain('terrain');
    expect(sceneInFlight(hazards, plateau).layers).not.toContain('terrain');
  });

  it('draws the base map alone when nothing was shown before', () => {
    expect(sceneInFlight(null, power).layers).toEqual([]);
  });

  it('is the scene itself when the camera is already there', () => {
    expect(sceneInFlight(power, power)).toBe(power);
  });
});
