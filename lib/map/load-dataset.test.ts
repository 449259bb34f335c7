import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from './load-dataset';

const ORIGIN = 'http://localhost:3000';
const countries = readFileSync('public/data/countries.json', 'utf8');

function serve(status: number, body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it("starts each request in a task of its own, not in its caller's", async () => {
    serve(200, countries);
    const loads = [loadDataset('countries', ORIGIN), loadDataset('countries', ORIGIN)];
    // Not after the caller's microtasks either: a task of its own comes after all of them.
    for (let drained = 0; drained < 10; drained += 1) await Promise.resolve();
    expect(fetch).not.toHaveBeenCalled();
    await Promise.all(loads);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('returns a good file', async () => {
    serve(200, countries);
    const data = await loadDataset('countries', ORIGIN);
    expect(data.features.length).toBeGreaterThan(10);
  });

  it.each([
    { name: 'a missing file', status: 404, body: 'Not found', message: 'countries.json: HTTP 404' },
    {
      name: 'a file cut short',
      status: 200,
      body: countries.slice(0, 5000),
      message: 'countries.json: not valid JSON',
    },
    {
      name: 'not JSON at all',
      status: 200,
      body: '<html>oops</html>',
      message: 'countries.json: not valid JSON',
    },
    {
      name: 'JSON of another kind',
      status: 200,
      body: '{"hello":"world"}',
      message: 'not a GeoJSON FeatureCollection',
    },
    {
      name: 'features of the wrong shape',
      status: 200,
      body: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} },
        ],
      }),
      message: 'countries.json: feature 0 has the wrong shape',
    },
    {
      name: 'an empty collection',
      status: 200,
      body: '{"type":"FeatureCollection","features":[]}',
      message: 'countries.json: no features',
    },
  ])('rejects $name, naming the file', async ({ status, body, message }) => {
    serve(status, body);
    await expect(loadDataset('countries', ORIGIN)).rejects.toThrow(message);
  });
});
