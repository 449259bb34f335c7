import { describe, expect, it } from 'vitest';
import { ownFiles } from './own-files';

const page = 'https://example.org/present/?steps=guian,hydro#hydro';

describe('ownFiles', () => {
  it('lists the page (without its query) and the scripts, styles, fonts and icon it names', () => {
    const html = `<html><head>
      <link rel="preload" href="/fonts/serif-400.woff2" as="font" crossorigin="" type="font/woff2"/>
      <link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
      <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
      <link rel="icon" href="/icon.svg?icon.1f.svg" sizes="any" type="image/svg+xml"/>
      <script src="/_next/static/chunks/c.js" async=""></script>
      <script>self.__next_f.push([1,"<script src=\\"/not-a-tag.js\\">"])</script>
    </head></html>`;
    expect(ownFiles(html, page)).toEqual([
      'https://example.org/present/',
      'https://example.org/fonts/serif-400.woff2',
      'https://example.org/_next/static/chunks/a.css',
      'https://example.org/_next/static/chunks/b.js',
      'https://example.org/icon.svg?icon.1f.svg',
      'https://example.org/_next/static/chunks/c.js',
    ]);
  });

  it('leaves out other hosts, other link kinds and data prefetches, and lists each file once', () => {
    const html = `
      <link rel="canonical" href="https://example.org/"/>
      <link rel="preload" href="https://cdn.example.com/x.js" as="script"/>
      <link rel="preload" href="/data/provinces.json" as="fetch"/>
      <script src="/a.js"></script><script src="/a.js"></script>
      <script src="relative.js"></script>`;
    expect(ownFiles(html, page)).toEqual([
      'https://example.org/present/',
      'https://example.org/a.js',
      'https://example.org/present/relative.js',
    ]);
  });
});
