import { describe, expect, it } from 'vitest';
import { dataFilesRequested, hostOf, summarizeRequests, type RequestRecord } from './requests';

const record = (url: string, byServiceWorker = false): RequestRecord => ({
  url,
  host: hostOf(url),
  resourceType: 'fetch',
  byServiceWorker,
});

describe('summarizeRequests', () => {
  const origin = 'http://127.0.0.1:4000';
  const records = [
    record(`${origin}/`),
    record(`${origin}/data/countries.json`),
    record(`${origin}/data/countries.json`),
    record(`${origin}/sw-precached.js`, true),
    record('blob:http://127.0.0.1:4000/1234'),
    record('https://tiles.example.com/0/0/0.png'),
    record('http://127.0.0.1:5000/other-port.js'),
  ];

  it('counts the page and the service worker apart, and every host', () => {
    const summary = summarizeRequests(records, origin);
    expect(summary.page).toBe(6);
    expect(summary.serviceWorker).toBe(1);
    expect(summary.hosts).toEqual({
      '127.0.0.1:4000': 4,
      'blob:': 1,
      'tiles.example.com': 1,
      '127.0.0.1:5000': 1,
    });
  });

  it('lists every request to another host, another port included', () => {
    expect(summarizeRequests(records, origin).foreign).toEqual([
      'https://tiles.example.com/0/0/0.png',
      'http://127.0.0.1:5000/other-port.js',
    ]);
  });

  it('lists the data files the page fetched, each once', () => {
    expect(dataFilesRequested(records)).toEqual(['/data/countries.json']);
  });
});
