/**
 * Gives every page of the export its Content Security Policy, as a meta tag naming the hashes
 * of that page's own inline scripts, and writes the same policy (all pages' hashes) as
 * headers for static hosts: `_headers` (Netlify, Cloudflare Pages) and `csp.txt` (for nginx,
 * Apache and others; see README). `serve.json` gives the `serve` package that `npm start` uses
 * the other security headers; it caps a header at 2,048 characters, so there the meta tags
 * carry the policy. Framing by other sites, which only a header can refuse, is refused for
 * every page but the embed, in `_headers` and `serve.json`.
 * Runs after `next build` and before the service worker is built (which caches the pages).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../budgets/measure';
import {
  buildPolicy,
  headersFile,
  scriptHashes,
  serveConfig,
  siteHeaders,
  unframedPaths,
  withPolicyMeta,
} from './policy';

const OUT = 'out';
const pages = filesUnder(OUT).filter((file) => file.endsWith('.html'));
const allHashes: string[] = [];
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const hashes = scriptHashes(html);
  allHashes.push(...hashes);
  writeFileSync(page, withPolicyMeta(html, buildPolicy(hashes)));
}

const policy = buildPolicy(allHashes);
const headers = siteHeaders(policy);
writeFileSync(path.join(OUT, 'csp.txt'), `${policy}\n`);
const unframed = unframedPaths(
  pages.map((page) => path.relative(OUT, page).split(path.sep).join('/')),
);
writeFileSync(path.join(OUT, '_headers'), headersFile(headers, unframed));
writeFileSync(
  path.join(OUT, 'serve.json'),
  `${JSON.stringify(serveConfig(headers, unframed), null, 2)}\n`,
);
console.log(
  `csp: ${pages.length} pages, ${new Set(allHashes).size} inline scripts allowed by hash`,
);
