import type { BrowserContext } from '@playwright/test';

/** One request the browser made, as the bench saw it. */
export interface RequestRecord {
  readonly url: string;
  /** `host:port` for http(s) and ws(s); the scheme (`data:`, `blob:`) otherwise. */
  readonly host: string;
  readonly resourceType: string;
  /** Made by the service worker itself (its precache of the offline copy), not by the page. */
  readonly byServiceWorker: boolean;
}

export interface RequestSummary {
  /** Requests the page made (and its workers), not the service worker's precache. */
  readonly page: number;
  readonly serviceWorker: number;
  /** Requests per host, every request counted. */
  readonly hosts: Readonly<Record<string, number>>;
  /** Every request to a host other than the served one: must stay empty. */
  readonly foreign: readonly string[];
}

export function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return /^(https?|wss?):$/.test(parsed.protocol) ? parsed.host : parsed.protocol;
  } catch {
    return 'unparseable';
  }
}

/** Counts requests by who made them and where they went; `origin` is the served site. */
export function summarizeRequests(
  records: readonly RequestRecord[],
  origin: string,
): RequestSummary {
  const ownHost = hostOf(origin);
  const hosts: Record<string, number> = {};
  for (const record of records) hosts[record.host] = (hosts[record.host] ?? 0) + 1;
  const local = (host: string) => host === ownHost || host === 'data:' || host === 'blob:';
  return {
    page: records.filter((record) => !record.byServiceWorker).length,
    serviceWorker: records.filter((record) => record.byServiceWorker).length,
    hosts,
    foreign: records.filter((record) => !local(record.host)).map((record) => record.url),
  };
}

/** Notes every request the context makes (pages, their workers, service workers). */
export function recordRequests(context: BrowserContext): RequestRecord[] {
  const records: RequestRecord[] = [];
  context.on('request', (request) => {
    records.push({
      url: request.url(),
      host: hostOf(request.url()),
      resourceType: request.resourceType(),
      byServiceWorker: request.serviceWorker() !== null,
    });
  });
  return records;
}

/** Data files (under `/data/`) among the requests, each once. */
export function dataFilesRequested(records: readonly RequestRecord[]): string[] {
  const files = records
    .filter((record) => !record.byServiceWorker)
    .map((record) => new URL(record.url).pathname)
    .filter((pathname) => pathname.includes('/data/'));
  return [...new Set(files)];
}
