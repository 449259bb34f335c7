import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { SaveError, formatMegabytes, saveFiles, type SaveProgress } from './save-files';

const files = [
  { url: 'a.js', bytes: 100 },
  { url: 'b.json', bytes: 300 },
  { url: 'c.png', bytes: 600 },
];

function harness(answer: (url: string) => Promise<Response>, put?: (url: string) => void) {
  const stored: string[] = [];
  const progress: SaveProgress[] = [];
  const run = saveFiles(files, {
    fetchFile: answer,
    store: async (url) => {
      put?.(url);
      stored.push(url);
    },
    onProgress: (p) => progress.push(p),
    concurrency: 1,
  });
  return { run, stored, progress };
}

describe('saveFiles', () => {
  it('stores every file and reports bytes from none to all', async () => {
    const { run, stored, progress } = harness(async () => new Response('x'));
    await run;
    expect(stored).toEqual(['a.js', 'b.json', 'c.png']);
    expect(progress.map((p) => p.doneBytes)).toEqual([0, 100, 400, 1000]);
    expect(progress.every((p) => p.totalBytes === 1000)).toBe(true);
  });

  it('stops at an HTTP error, saying so, and keeps what it had stored', async () => {
    const { run, stored } = harness(async (url) =>
      url === 'b.json' ? new Response('', { status: 404 }) : new Response('x'),
    );
    await expect(run).rejects.toMatchObject({
      reason: 'http',
      message: expect.stringContaining('404'),
    });
    expect(stored).toEqual(['a.js']);
  });

  it('says the network is not reachable when a fetch fails', async () => {
    const { run } = harness(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(run).rejects.toBeInstanceOf(SaveError);
    await expect(run).rejects.toMatchObject({ reason: 'offline' });
  });

  it('says the device is full when storage refuses', async () => {
    const { run } = harness(
      async () => new Response('x'),
      () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    );
    await expect(run).rejects.toMatchObject({ reason: 'storage' });
  });

  it('fetches a few at a time, never more', async () => {
    let inFlight = 0;
    let most = 0;
    await saveFiles(
      Array.from({ length: 10 }, (_, i) => ({ url: `${i}`, bytes: 1 })),
      {
        fetchFile: async () => {
          most = Math.max(most, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 1));
          inFlight -= 1;
          return new Response('x');
        },
        store: async () => undefined,
        onProgress: () => undefined,
        concurrency: 3,
      },
    );
    expect(most).toBe(3);
  });
});

describe('formatMegabytes', () => {
  itReturns('%d → %s', formatMegabytes, [
    [6_328_523, '6.3 MB'],
    [1_500_000, '1.5 MB'],
    [40_000, '< 0.1 MB'],
    [0, '0.0 MB'],
  ]);
});
