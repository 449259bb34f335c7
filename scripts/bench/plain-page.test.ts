import { describe, expect, it } from 'vitest';
import { outerElement, plainPage } from './plain-page';

const STORY = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" href="/fonts/serif-400.woff2" as="font" crossorigin="anonymous" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
<script src="/_next/static/chunks/b.js" async=""></script>
<link rel="preload" href="/fonts/serif-400.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<title>Data in the mountains</title><meta name="description" content="The dek."/>
<link rel="icon" href="/icon.svg?icon.1x.svg" sizes="any" type="image/svg+xml"/></head>
<body><main class="story" id="main" data-active-step="question"><div class="story-header">
<header class="story-hero"><h1>Data in the mountains</h1><p class="dek">The dek.</p></header></div>
<div class="map-pane" data-map-scene="china"><div class="map-canvas"></div></div>
<div class="steps" id="story-text">
<section id="question" data-step-id="question" class="step is-active"><div><section class="inner">Nested</section><h2>First step</h2><script>alert(1)</script></div></section>
<section id="guizhou" data-step-id="guizhou" class="step"><h2>Second step</h2></section>
</div></main><script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe('outerElement', () => {
  it('returns the whole element, nested elements of the same tag included', () => {
    expect(outerElement('<div><section>a<section>b</section>c</section></div>', /<section>/)).toBe(
      '<section>a<section>b</section>c</section>',
    );
  });

  it('is null when the element is missing or never closed', () => {
    expect(outerElement('<p>x</p>', /<section>/)).toBeNull();
    expect(outerElement('<section>open', /<section>/)).toBeNull();
  });
});

describe('plainPage', () => {
  const page = plainPage(STORY);

  it('keeps the title, the dek and the first step only', () => {
    expect(page).toContain('<h1>Data in the mountains</h1>');
    expect(page).toContain('<p class="dek">The dek.</p>');
    expect(page).toContain('<h2>First step</h2>');
    expect(page).toContain('Nested');
    expect(page).not.toContain('Second step');
  });

  it('uses the same stylesheet, fonts and page language, each font once', () => {
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('href="/_next/static/chunks/app.css"');
    expect(page.match(/serif-400\.woff2/g)).toHaveLength(1);
    expect(page).toContain('<title>Data in the mountains</title>');
    expect(page).toContain('name="viewport"');
  });

  it("names the story's icon, so the browser asks for no /favicon.ico that is not there", () => {
    expect(page).toContain('<link rel="icon" href="/icon.svg?icon.1x.svg"');
  });

  it('has no map and no script at all', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('map-pane');
    expect(page).not.toContain('as="script"');
  });

  it('keeps the story layout around the text', () => {
    expect(page).toMatch(/<main class="story" id="main">\s*<div class="story-header"><header/);
    expect(page).toContain('<div class="steps" id="story-text"><section id="question"');
  });

  it('says what is missing when the story markup changes', () => {
    expect(() => plainPage('<html><body><p>no story</p></body></html>')).toThrow(/story-hero/);
  });
});
