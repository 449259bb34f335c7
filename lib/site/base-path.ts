/**
 * Where the site lives under its host: '' at a domain's root, '/guizhou' under a sub-path.
 * Set at build with NEXT_PUBLIC_BASE_PATH (next.config.ts reads the same variable).
 */
export const BASE_PATH = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

/**
 * An absolute URL for a path of this site, on the page's own origin. Joined as text, not with
 * `new URL`, so that URL templates keep their braces (`{z}/{x}/{y}`) unescaped.
 */
export function siteUrl(path: string, origin: string): string {
  return `${origin.replace(/\/+$/, '')}${BASE_PATH}/${path.replace(/^\/+/, '')}`;
}
