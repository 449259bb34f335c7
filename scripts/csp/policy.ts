import { createHash } from 'node:crypto';

/** The inline scripts of a page, as the browser hashes them: the exact text between the tags. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\bsrc\s*=/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '')
    .filter((code) => code.length > 0);
}

export function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The hashes a page's policy names: one for each of its inline scripts. */
export function scriptHashes(html: string): string[] {
  return inlineScripts(html).map(sha256Source);
}

/**
 * The story's Content Security Policy. Everything comes from the site itself: no other host,
 * no eval, inline scripts only by their hash. MapLibre starts its worker from a blob: URL and
 * decodes images through blob: and data: URLs, hence those two sources.
 */
export function buildPolicy(scriptHashes: readonly string[]): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...[...new Set(scriptHashes)].sort()],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The page with its policy as the first thing in its head, before any script it governs. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    return html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, meta);
  }
  return html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}

/** The one part of the site made to be framed by other sites (a school's page, a blog). */
const EMBEDDABLE = 'embed';

/**
 * Where framing by other sites is refused: every top-level folder or file of the export that
 * holds a page, except the embed. A meta tag cannot say `frame-ancestors`, so this goes in
 * headers, rule by rule, as static hosts merge every rule that matches a path.
 */
export function unframedPaths(pages: readonly string[]): string[] {
  const tops = pages.map((page) => {
    const [first = '', ...rest] = page.split('/');
    return rest.length > 0 ? `${first}/` : first;
  });
  return [...new Set(tops)].filter((top) => top !== `${EMBEDDABLE}/`).sort();
}

/** Headers that keep a page out of other sites' frames (a second, framing-only policy). */
export const UNFRAMED_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
} as const;

/** A Netlify / Cloudflare Pages `_headers` file: `everywhere` on all paths, framing rules after. */
export function headersFile(
  everywhere: Readonly<Record<string, string>>,
  unframed: readonly string[],
): string {
  const block = (pattern: string, headers: Readonly<Record<string, string>>) =>
    `${pattern}\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n')}\n`;
  const patterns = unframed.flatMap((top) =>
    top === 'index.html' ? ['/', '/index.html'] : [top.endsWith('/') ? `/${top}*` : `/${top}`],
  );
  return [block('/*', everywhere), ...patterns.map((p) => block(p, UNFRAMED_HEADERS))].join('');
}

/** The headers for every page: the policy, and what only a header can say. */
export function siteHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * The `serve` package's `serve.json` (what `npm start` serves with): `everywhere` on all paths
 * but the policy, framing rules after. `serve` caps a header at 2,048 characters, so there the
 * pages' meta tags carry the policy.
 */
export function serveConfig(
  everywhere: Readonly<Record<string, string>>,
  unframed: readonly string[],
) {
  const list = (headers: Readonly<Record<string, string>>) =>
    Object.entries(headers).map(([key, value]) => ({ key, value }));
  return {
    // A static site has no directory listings: /s/ is not a page.
    directoryListing: false,
    headers: [
      {
        source: '**/*',
        headers: list(everywhere).filter(({ key }) => key !== 'Content-Security-Policy'),
      },
      // `serve` matches a file's path: a folder's pages, or a page at the top.
      ...unframed.map((top) => ({
        source: top.endsWith('/') ? `${top}**` : top,
        headers: list(UNFRAMED_HEADERS),
      })),
    ],
  };
}
