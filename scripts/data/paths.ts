import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: two folders up from this file, so the build runs from any cwd. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Downloaded Debian packages and their extracted files; git-ignored, safe to delete. */
export const CACHE_DIR = path.join(ROOT, '.data-cache');

/** Where the committed map data goes; the app fetches it as `/data/...`. */
export const OUT_DIR = path.join(ROOT, 'public', 'data');
