import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySource, createAttributor } from './attribution';

describe('classifySource', () => {
  it('tells our files from React/Next, the map libraries and the rest', () => {
    expect(classifySource('turbopack:///[project]/components/map/story-map.tsx')).toBe('ours');
    expect(classifySource('[project]/lib/map/deck-layers.ts')).toBe('ours');
    expect(
      classifySource('turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/x.js'),
    ).toBe('framework');
    expect(classifySource('turbopack:///[turbopack]/browser/runtime/base/runtime-base.ts')).toBe(
      'framework',
    );
    expect(classifySource('[project]/node_modules/maplibre-gl/dist/maplibre-gl.js')).toBe('map');
    expect(classifySource('[project]/node_modules/@deck.gl/core/dist/lib/deck.js')).toBe('map');
    expect(classifySource('[project]/node_modules/@luma.gl/webgl/dist/index.js')).toBe('map');
    expect(classifySource('[project]/node_modules/scrollama/build/scrollama.js')).toBe('other-js');
    expect(classifySource('[project]/node_modules/zod/v4/core/schemas.js')).toBe('other-js');
  });

  it('reads a package inside another package by its innermost name', () => {
    expect(
      classifySource('[project]/node_modules/@deck.gl/core/node_modules/@math.gl/core/x.js'),
    ).toBe('map');
  });
});

describe('createAttributor', () => {
  it("follows each chunk's sourceMappingURL to its map, and falls back to the chunk's kind", () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'bench-attribution-'));
    const chunks = path.join(outDir, '_next/static/chunks');
    mkdirSync(chunks, { recursive: true });
    writeFileSync(path.join(chunks, 'a1.js'), 'run()\n//# sourceMappingURL=z9.js.map');
    const map = { version: 3, sources: ['turbopack:///[project]/lib/map/x.ts'], mappings: 'AAAA' };
    writeFileSync(path.join(chunks, 'z9.js.map'), JSON.stringify({ ...map, names: [] }));
    writeFileSync(path.join(chunks, 'b2.js'), 'walk()');
    const attributor = createAttributor({
      outDir,
      origin: 'http://127.0.0.1:1',
      initialScripts: ['/_next/static/chunks/b2.js'],
    });
    const at = (name: string) =>
      attributor.shareOf(`http://127.0.0.1:1/_next/static/chunks/${name}`, 0, 2);
    expect(at('a1.js')).toBe('ours');
    expect(at('b2.js')).toBe('page-chunk');
    expect(at('c3.js')).toBe('map-chunk');
    expect(attributor.mode()).toBe('partly source-mapped');
  });
});
