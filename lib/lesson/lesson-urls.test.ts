import { afterEach, describe, expect, it, vi } from 'vitest';
import { lessonPath, lessonUrl, stepLinkInLesson } from './lesson-urls';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('lesson links', () => {
  it.each([
    ['present', ['guian', 'plateau'], undefined, '/present/?steps=guian,plateau'],
    ['text', ['guian', 'plateau'], undefined, '/text/?steps=guian,plateau'],
    ['present', ['guian', 'plateau'], 'plateau', '/present/?steps=guian,plateau#plateau'],
    ['lesson', [], undefined, '/lesson/'],
  ] as const)('%s of %j at %s is %s', (view, ids, stepId, path) => {
    expect(lessonPath(view, ids, stepId)).toBe(path);
  });

  it('makes absolute links on the given origin', () => {
    expect(lessonUrl('text', ['hydro'], 'https://example.org/')).toBe(
      'https://example.org/text/?steps=hydro',
    );
  });

  it('hands out the lesson inside a lesson, and the share page outside one', () => {
    expect(stepLinkInLesson('hydro', ['guian', 'hydro'], 'http://school')).toBe(
      'http://school/present/?steps=guian,hydro#hydro',
    );
    expect(stepLinkInLesson('hydro', null, 'http://school')).toBe('http://school/s/hydro/');
  });

  it('keeps the Chinese edition in a lesson link and in the QR code it hands out', () => {
    expect(lessonPath('text', ['hydro'], undefined, 'zh')).toBe('/zh/text/?steps=hydro');
    expect(stepLinkInLesson('hydro', ['guian', 'hydro'], 'http://school', 'zh')).toBe(
      'http://school/zh/present/?steps=guian,hydro#hydro',
    );
    expect(stepLinkInLesson('hydro', null, 'http://school', 'zh')).toBe(
      'http://school/zh/s/hydro/',
    );
  });

  it('keeps a base path once', async () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/guizhou');
    vi.resetModules();
    const urls = await import('./lesson-urls');
    expect(urls.lessonPath('present', ['guian'], 'guian')).toBe(
      '/guizhou/present/?steps=guian#guian',
    );
    expect(urls.lessonUrl('present', ['guian'], 'https://example.org')).toBe(
      'https://example.org/guizhou/present/?steps=guian',
    );
    expect(urls.lessonUrl('present', ['guian'], 'https://example.org', 'guian', 'zh')).toBe(
      'https://example.org/guizhou/zh/present/?steps=guian#guian',
    );
  });
});
