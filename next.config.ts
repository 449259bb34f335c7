import type { NextConfig } from 'next';

/**
 * The story is a static export: `out/` is the whole site, servable by any static host.
 * Trailing slashes give every route its own folder (`/present/index.html`), which every
 * static host serves without rewrites. NEXT_PUBLIC_BASE_PATH serves it under a sub-path.
 */
const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

/**
 * `npm run bench -- --source-maps` builds a second copy of the export, with browser source
 * maps, into this folder (never into out/) to attribute main-thread time to source files.
 */
const sourceMapsCopy = process.env.BENCH_SOURCE_MAPS_DIR;

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (app, scripts, tests) once, before the build.
  typescript: { ignoreBuildErrors: true },
  ...(basePath ? { basePath } : {}),
  ...(sourceMapsCopy ? { distDir: sourceMapsCopy, productionBrowserSourceMaps: true } : {}),
};

export default nextConfig;
