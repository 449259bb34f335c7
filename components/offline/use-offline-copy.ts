'use client';

import { useCallback, useEffect, useState } from 'react';
import { whenIdle } from '@/lib/dom/when-idle';
import type { OfflineManifest } from '@/lib/offline/offline-manifest';
import {
  canKeepOffline,
  loadOfflineManifest,
  missingFiles,
  saveForOffline,
  whenPageKept,
} from '@/lib/offline/offline-store';
import { SaveError } from '@/lib/offline/save-files';

export type OfflineCopy =
  | { readonly state: 'checking' }
  | { readonly state: 'unavailable' }
  | { readonly state: 'ready'; readonly bytes: number }
  | { readonly state: 'saving'; readonly doneBytes: number; readonly totalBytes: number }
  | { readonly state: 'saved'; readonly persisted: boolean | null }
  | {
      readonly state: 'failed';
      readonly bytes: number;
      readonly reason: SaveError['reason'] | 'other';
    };

const bytesOf = (files: readonly { bytes: number }[]) =>
  files.reduce((sum, file) => sum + file.bytes, 0);

/**
 * Whether this browser keeps the whole story, and a way to save it. Checks once the page is
 * idle (a small list and one lookup per file), in production only, where the worker exists.
 */
export function useOfflineCopy(): { copy: OfflineCopy; save: () => void } {
  const [copy, setCopy] = useState<OfflineCopy>({ state: 'checking' });
  const [manifest, setManifest] = useState<OfflineManifest | null>(null);

  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      void (async () => {
        const able = process.env.NODE_ENV === 'production' && canKeepOffline();
        const list = able ? await whenPageKept().then(loadOfflineManifest) : null;
        const missing = list ? await missingFiles(list) : [];
        if (!live) return;
        setManifest(list);
        if (!list) setCopy({ state: 'unavailable' });
        else if (missing.length === 0) setCopy({ state: 'saved', persisted: null });
        else setCopy({ state: 'ready', bytes: bytesOf(missing) });
      })().catch(() => live && setCopy({ state: 'unavailable' }));
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);

  const save = useCallback(() => {
    if (!manifest) return;
    // What the offer stated, until the save has counted what is missing now.
    const stated = copy.state === 'ready' || copy.state === 'failed' ? copy.bytes : manifest.bytes;
    setCopy({ state: 'saving', doneBytes: 0, totalBytes: stated });
    saveForOffline(manifest, ({ doneBytes, totalBytes }) =>
      setCopy({ state: 'saving', doneBytes, totalBytes }),
    )
      .then(({ persisted }) => setCopy({ state: 'saved', persisted }))
      .catch(async (error: unknown) => {
        const left = bytesOf(await missingFiles(manifest).catch(() => manifest.files));
        const reason = error instanceof SaveError ? error.reason : 'other';
        setCopy({ state: 'failed', bytes: left, reason });
      });
  }, [manifest, copy]);

  return { copy, save };
}
