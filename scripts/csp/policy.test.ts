import { describe, expect, it } from 'vitest';
import {
  buildPolicy,
  headersFile,
  inlineScripts,
  serveConfig,
  sha256Source,
  unframedPaths,
  withPolicyMeta,
} from './policy';

describe('inlineScripts', () => {
  it('finds inline scripts, not external ones or empty ones', () => {
    const html =
      '<script src="/a.js" async=""></script><script>self.a=1</script><script id="_R_"></script><script>b()</script>';
    expect(inlineScripts(html)).toEqual(['self.a=1', 'b()']);
  });
});

describe('sha256Source', () => {
  it('hashes as browsers do (base64 SHA-256 of the exact text)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('buildPolicy', () => {
  const policy = buildPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);

  it('allows only this site, and inline scripts only by hash, each once', () => {
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy first in the head, once, even when run twice', () => {
    const page = '<html><head><script>x</script></head></html>';
    const once = withPolicyMeta(page, "default-src 'self'");
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script>'));
    expect(
      withPolicyMeta(once, "default-src 'none'").match(/Content-Security-Policy/g),
    ).toHaveLength(1);
  });
});

describe('framing rules', () => {
  const pages = [
    'index.html',
    '404.html',
    'present/index.html',
    'present/presenter/index.html',
    's/coal/index.html',
    'embed/index.html',
  ];

  it('refuse frames everywhere but the embed', () => {
    expect(unframedPaths(pages)).toEqual(['404.html', 'index.html', 'present/', 's/']);
  });

  it('write a _headers file whose framing rules never reach the embed', () => {
    const file = headersFile({ 'X-Content-Type-Options': 'nosniff' }, unframedPaths(pages));
    expect(file).toContain('/*\n  X-Content-Type-Options: nosniff\n');
    const framed = file.split('\n').filter((line) => line.startsWith('/') && line !== '/*');
    expect(framed).toEqual(['/404.html', '/', '/index.html', '/present/*', '/s/*']);
    expect(file).toContain("  Content-Security-Policy: frame-ancestors 'self'\n");
    expect(file).toContain('  X-Frame-Options: SAMEORIGIN\n');
    expect(file).not.toContain('/embed');
  });

  it('write a serve.json whose framing rules never reach the embed, leaving the policy to meta tags', () => {
    const everywhere = {
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
    };
    const config = serveConfig(everywhere, unframedPaths(pages));
    expect(config.directoryListing).toBe(false);
    expect(config.headers[0]).toEqual({
      source: '**/*',
      headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
    });
    const framed = config.headers.slice(1);
    expect(framed.map((rule) => rule.source)).toEqual([
      '404.html',
      'index.html',
      'present/**',
      's/**',
    ]);
    for (const rule of framed) {
      expect(rule.headers).toEqual([
        { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ]);
    }
  });
});
