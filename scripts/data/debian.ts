import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from './paths';

/** A file taken from a Debian package, and the exact package version it came from. */
export interface DebianFile {
  readonly path: string;
  readonly pkg: string;
  readonly version: string;
}

const DEB_DIR = path.join(CACHE_DIR, 'debs');

function findDeb(pkg: string): string | undefined {
  if (!existsSync(DEB_DIR)) return undefined;
  // Debian file names are `<pkg>_<version>_<arch>.deb`; the underscore stops `gmt` matching `gmt-dcw`.
  const name = readdirSync(DEB_DIR)
    .filter((file) => file.startsWith(`${pkg}_`) && file.endsWith('.deb'))
    .sort()
    .at(-1);
  return name ? path.join(DEB_DIR, name) : undefined;
}

function download(pkg: string): string {
  mkdirSync(DEB_DIR, { recursive: true });
  const run = () => execFileSync('apt-get', ['download', pkg], { cwd: DEB_DIR, stdio: 'pipe' });
  try {
    run();
  } catch {
    // A fresh machine has no package lists yet: fetch them once, then try again.
    console.log(`  apt-get download ${pkg} failed; running apt-get update once`);
    execFileSync('apt-get', ['update'], { stdio: 'pipe' });
    run();
  }
  const deb = findDeb(pkg);
  if (!deb) throw new Error(`apt-get download ${pkg} left no .deb in ${DEB_DIR}`);
  return deb;
}

/**
 * Returns a file from a Debian package, downloading the package with `apt-get download` and
 * unpacking it with `dpkg -x` into `.data-cache/` the first time (no install, no root needed
 * once cached). `relPath` is the file's path inside the package, e.g. `usr/share/...`.
 */
export function debianFile(pkg: string, relPath: string): DebianFile {
  const deb = findDeb(pkg) ?? download(pkg);
  const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim();
  const unpacked = path.join(CACHE_DIR, 'pkgs', `${pkg}_${version}`);
  const file = path.join(unpacked, relPath);
  if (!existsSync(file)) {
    mkdirSync(unpacked, { recursive: true });
    execFileSync('dpkg', ['-x', deb, unpacked]);
  }
  if (!existsSync(file)) throw new Error(`${pkg} ${version} has no ${relPath}`);
  return { path: file, pkg, version };
}
