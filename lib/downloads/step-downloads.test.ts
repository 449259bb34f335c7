import { describe, expect, it } from 'vitest';
import { sceneFor } from '@/lib/story/scene-for';
import { DATA_LAYERS, downloadFilesFor, showsData } from './step-downloads';

describe('downloadFilesFor', () => {
  it('names a step’s files by its id, from the site’s root', () => {
    expect(downloadFilesFor('hydro', sceneFor({ scene: 'hydro' }))).toEqual({
      csv: 'downloads/hydro.csv',
      geojson: 'downloads/hydro.geojson',
    });
  });

  it('offers nothing where the map shows only the backdrop (Guizhou’s outline, terrain)', () => {
    expect(showsData(sceneFor({ scene: 'china' }))).toBe(false);
    expect(downloadFilesFor('question', sceneFor({ scene: 'china' }))).toBeNull();
    expect(showsData({ layers: ['terrain', 'guizhou-outline'] })).toBe(false);
    // The plateau's terrain is backdrop, its cities are data.
    expect(showsData(sceneFor({ scene: 'plateau' }))).toBe(true);
  });

  it('counts every story layer but the backdrop as data', () => {
    expect(DATA_LAYERS.has('hydro-plants')).toBe(true);
    expect(DATA_LAYERS.has('guizhou-outline')).toBe(false);
    expect(DATA_LAYERS.has('terrain')).toBe(false);
  });
});
