import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { attrs, el, escapeXml, num } from './svg';
import { drawTitleBand } from './title-band';

describe('escapeXml', () => {
  it.each([
    ["Gui'an New Area", 'Gui&apos;an New Area'],
    ['Tobacco, tea & liquor', 'Tobacco, tea &amp; liquor'],
    ['<script>"x"</script>', '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'],
    ['&amp; already', '&amp;amp; already'],
    ['plain', 'plain'],
  ])('escapes %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('building markup', () => {
  it('escapes attribute values and leaves out undefined ones', () => {
    expect(attrs({ 'aria-label': "Gui'an & co", x: 1.234567, hidden: undefined })).toBe(
      ' aria-label="Gui&apos;an &amp; co" x="1.23"',
    );
  });

  it('writes empty elements self-closed and others with their children', () => {
    expect(el('rect', { width: 2 })).toBe('<rect width="2"/>');
    expect(el('g', {}, ['<a/>', '<b/>'])).toBe('<g><a/><b/></g>');
  });

  it.each([
    [0.004, '0'],
    [-0.004, '0'],
    [12.345, '12.35'],
    [1200, '1200'],
  ])('writes %d as %s', (value, expected) => {
    expect(num(value)).toBe(expected);
  });
});

describe('the title band', () => {
  const title = 'Gui\'an: Apple & Tencent\'s <data> "centres"';
  const band = drawTitleBand({
    title,
    storyTitle: "Data in the mountains: Guizhou's big-data bet",
    position: 'Step 14 of 19',
  });

  it('carries the title and the story name escaped', () => {
    expect(band).toContain(escapeXml(title));
    expect(band).toContain('Guizhou&apos;s big-data bet');
    expect(band).not.toContain("Tencent's");
  });

  it('is well-formed SVG a renderer accepts', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="100">${band}</svg>`;
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
  });
});
