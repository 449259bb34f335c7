import { describe, expect, it } from 'vitest';
import { initialScripts, referencedChunks } from './measure';

describe('initialScripts', () => {
  it('lists module scripts, not noModule fallbacks or inline scripts', () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script>
      <script src="/_next/static/chunks/legacy.js" noModule=""></script>
      <script>self.x=1</script><script src="/_next/static/chunks/b.js"></script></head>`;
    expect(initialScripts(html)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/b.js',
    ]);
  });
});

describe('referencedChunks', () => {
  it('finds each chunk path once', () => {
    const code =
      'e.l("static/chunks/0x9.js");e.l("static/chunks/1ab-c.js");e.l("static/chunks/0x9.js")';
    expect(referencedChunks(code)).toEqual(['static/chunks/0x9.js', 'static/chunks/1ab-c.js']);
  });
});
