import type { OfflineFile } from './offline-manifest';

export interface SaveProgress {
  readonly doneBytes: number;
  readonly totalBytes: number;
}

export interface SaveDependencies {
  /** Fetches one file: rejects when offline; the response may still be an HTTP error. */
  readonly fetchFile: (url: string) => Promise<Response>;
  readonly store: (url: string, response: Response) => Promise<void>;
  readonly onProgress: (progress: SaveProgress) => void;
  /** A few at a time: fast on a good line, without flooding a phone's connection. */
  readonly concurrency?: number;
}

/** Why a save stopped, in words a reader can act on. */
export class SaveError extends Error {
  constructor(
    readonly reason: 'offline' | 'http' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/**
 * Downloads and stores every file, reporting bytes as each one lands. Stops at the first
 * failure with a `SaveError`; files stored before it stay stored, so trying again fetches
 * only the rest.
 */
export async function saveFiles(
  files: readonly OfflineFile[],
  { fetchFile, store, onProgress, concurrency = 4 }: SaveDependencies,
): Promise<void> {
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  let doneBytes = 0;
  let next = 0;
  onProgress({ doneBytes, totalBytes });
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      if (!file) return;
      let response: Response;
      try {
        response = await fetchFile(file.url);
      } catch {
        throw new SaveError('offline', 'the network is not reachable');
      }
      if (!response.ok) {
        throw new SaveError('http', `the server answered ${response.status} for ${file.url}`);
      }
      try {
        await store(file.url, response);
      } catch (error) {
        if (isQuotaError(error)) throw new SaveError('storage', 'this device has no room left');
        throw error;
      }
      doneBytes += file.bytes;
      onProgress({ doneBytes, totalBytes });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

/** "5.6 MB": decimal megabytes, as phone plans count them. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  return `${megabytes < 0.1 && bytes > 0 ? '< 0.1' : megabytes.toFixed(1)} MB`;
}
