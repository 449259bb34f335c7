import { afterEach, describe, expect, it, vi } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { shareUrl, toSiteOrigin } from './share-url';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The module as a build with these variables sees it: both are read once, at import. */
async function buildWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import('./share-url');
}

describe('shareUrl', () => {
  itReturns('on %s, step %s is %s', (origin: string, stepId: string) => shareUrl(stepId, origin), [
    ['https://example.org', 'plateau', 'https://example.org/s/plateau/'],
    ['https://example.org/', 'plateau', 'https://example.org/s/plateau/'],
    ['https://example.org//', 'apple-icloud', 'https://example.org/s/apple-icloud/'],
    ['http://localhost:3000', 'question', 'http://localhost:3000/s/question/'],
    ['http://127.0.0.1:3200/', 'verdict', 'http://127.0.0.1:3200/s/verdict/'],
  ]);

  it('points at the Chinese share page for the Chinese edition', () => {
    expect(shareUrl('hydro', 'https://example.org', 'zh')).toBe('https://example.org/zh/s/hydro/');
    expect(shareUrl('hydro', 'https://example.org', 'en')).toBe('https://example.org/s/hydro/');
  });

  it.each([
    ['/guizhou', 'https://example.org', 'https://example.org/guizhou/s/plateau/'],
    ['/guizhou/', 'https://example.org/', 'https://example.org/guizhou/s/plateau/'],
    ['/stories/guizhou', 'http://intranet', 'http://intranet/stories/guizhou/s/plateau/'],
  ])('under base path %s on %s', async (basePath, origin, url) => {
    const built = await buildWith({ NEXT_PUBLIC_BASE_PATH: basePath });
    expect(built.shareUrl('plateau', origin)).toBe(url);
  });
});

describe('SITE_ORIGIN', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['  https://example.org/  ', 'https://example.org'],
    ['', undefined],
    ['   ', undefined],
  ])('%j gives %j', async (value, origin) => {
    const built = await buildWith({ NEXT_PUBLIC_SITE_ORIGIN: value });
    expect(built.SITE_ORIGIN).toBe(origin);
  });

  it('is undefined when the variable is not set', () => {
    expect(toSiteOrigin(undefined)).toBeUndefined();
  });

  it('with a base path, builds links on the configured origin', async () => {
    const built = await buildWith({
      NEXT_PUBLIC_SITE_ORIGIN: 'https://stories.example.org/',
      NEXT_PUBLIC_BASE_PATH: '/guizhou',
    });
    const origin = built.SITE_ORIGIN ?? 'http://localhost:3000';
    expect(built.shareUrl('guian', origin)).toBe('https://stories.example.org/guizhou/s/guian/');
  });
});
