import { describe, expect, it } from 'vitest';
import { chunkKey, classifySource } from './attribution';

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

describe('chunkKey', () => {
  it('matches a chunk with its source-mapped twin despite other chunk names and the map comment', () => {
    const shipped = 'a.l("static/chunks/0x9ijdilkgwve.js");run()';
    const mapped = 'a.l("static/chunks/2gxwqtbc2nkz-.js");run()\n//# sourceMappingURL=18k9.js.map';
    expect(chunkKey(shipped)).toBe(chunkKey(mapped));
    expect(chunkKey(shipped)).not.toBe(chunkKey('a.l("static/chunks/x.js");walk()'));
  });
});
