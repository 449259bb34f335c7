import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The floor: a plain static page with the story's first screen of text (title, dek, first
 * step) in the same markup, styles and fonts as the story, and nothing else: no map, no
 * framework JavaScript. The story cannot paint sooner than this.
 */

/** Where the plain page is written inside the served folder (removed after the run). */
export const PLAIN_PAGE_DIR = 'bench-floor';

/** The outer HTML of the first element whose opening tag matches `opening`, nesting counted. */
export function outerElement(html: string, opening: RegExp): string | null {
  const match = opening.exec(html);
  const tag = match?.[0].match(/^<([a-z][a-z0-9-]*)/i)?.[1];
  if (!match || !tag) return null;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = match.index;
  let depth = 0;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return html.slice(match.index, found.index + found[0].length);
  }
  return null;
}

const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * The head elements that shape the first screen (charset, viewport, title, styles, fonts), and
 * the icon: without it the browser asks for a /favicon.ico the export does not have, and that
 * 404 costs the floor its Lighthouse best-practices score.
 */
function firstScreenHead(html: string): string[] {
  const head = outerElement(html, /<head\b[^>]*>/i) ?? '';
  const pick = (pattern: RegExp) => [...head.matchAll(pattern)].map((found) => found[0]);
  const fontPreloads = pick(/<link\b[^>]*\bas="font"[^>]*>/gi).filter((link) =>
    /\brel="preload"/i.test(link),
  );
  const byHref = new Map(fontPreloads.map((link) => [link.match(/href="([^"]+)"/)?.[1], link]));
  return [
    ...pick(/<meta\b[^>]*\bcharSet="[^"]*"[^>]*>/gi),
    ...pick(/<meta\b[^>]*\bname="(?:viewport|description|theme-color)"[^>]*>/gi),
    ...pick(/<title>[^<]*<\/title>/gi),
    ...unique([...byHref.values()].filter((link): link is string => Boolean(link))),
    ...pick(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi),
    ...pick(/<link\b[^>]*\brel="icon"[^>]*>/gi),
  ];
}

/** Builds the plain page from the story's exported `index.html`. */
export function plainPage(storyHtml: string): string {
  const lang = storyHtml.match(/<html\b[^>]*\blang="([^"]*)"/i)?.[1] ?? 'en';
  const header = outerElement(storyHtml, /<header\b[^>]*\bclass="story-hero"[^>]*>/i);
  const firstStep = outerElement(storyHtml, /<section\b[^>]*\bdata-step-id="[^"]*"[^>]*>/i);
  if (!header || !firstStep) {
    throw new Error('the story page has no <header class="story-hero"> or no step <section>');
  }
  const noScripts = (fragment: string) => fragment.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head>${firstScreenHead(storyHtml).join('')}</head><body>`,
    '<main class="story" id="main">',
    `<div class="story-header">${noScripts(header)}</div>`,
    `<div class="steps" id="story-text">${noScripts(firstStep)}</div>`,
    '</main></body></html>',
    '',
  ].join('\n');
}

/** Writes the plain page into the served folder; returns its path and a function to remove it. */
export function writePlainPage(
  outDir: string,
  storyHtml: string,
): { path: string; remove: () => void } {
  const dir = path.join(outDir, PLAIN_PAGE_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), plainPage(storyHtml));
  return {
    path: `/${PLAIN_PAGE_DIR}/`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
