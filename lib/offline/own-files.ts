/**
 * What a page itself loads, read from its HTML: the page, and the scripts, styles, fonts and
 * icon its tags name. Not what its scripts fetch later (the map's code and data): those are
 * the reader's to save, by choice ("Save for offline use"). Same origin only; each URL once.
 */
export function ownFiles(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>([`${page.origin}${page.pathname}`]);
  const tags = html.matchAll(/<(script|link)\b[^>]*>/gi);
  for (const [tag, name] of tags) {
    const isScript = name?.toLowerCase() === 'script';
    if (!isScript && !/\brel="(?:stylesheet|preload|modulepreload|icon)"/i.test(tag)) continue;
    if (!isScript && /\bas="fetch"/i.test(tag)) continue;
    const address = (isScript ? /\bsrc="([^"]+)"/i : /\bhref="([^"]+)"/i).exec(tag)?.[1];
    if (!address) continue;
    const url = new URL(address.replaceAll('&amp;', '&'), page);
    if (url.origin === page.origin) found.add(url.href);
  }
  return [...found];
}
