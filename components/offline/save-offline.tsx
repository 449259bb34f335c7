'use client';

import { useState } from 'react';
import { formatMegabytes } from '@/lib/offline/save-files';
import { useOfflineCopy, type OfflineCopy } from './use-offline-copy';

/** Every word this control shows, in one place for a translated edition. */
export const SAVE_OFFLINE_LABELS = {
  save: (size: string) => `Save for offline use (${size})`,
  retry: (size: string) => `Try again (${size} left)`,
  invite: 'Presenting without a network? Save the whole story on this computer first.',
  progress: 'Saving for offline use',
  progressText: (done: string, total: string) => `Saving: ${done} of ${total}`,
  started: (size: string) => `Saving ${size} for offline use.`,
  saved:
    'Saved for offline use: the story, the presentation and the share pages work without a network.',
  savedShort: 'Saved for offline use',
  close: 'Close',
  notPersisted: 'The browser may clear it if the device runs short of space.',
  failed: {
    offline:
      'Could not save: the network is not reachable. Try again once online; what was saved is kept.',
    http: 'Could not save: the site did not send every file. Try again later; what was saved is kept.',
    storage: 'Could not save: this device has no room left for the story.',
    other: 'Could not save the story for offline use. Try again; what was saved is kept.',
  },
} as const;

interface SaveOfflineProps {
  /** 'compact' beside the story's step index; 'prominent' on /present/, where a class needs it. */
  readonly variant: 'compact' | 'prominent';
}

function announcement(copy: OfflineCopy): string {
  const labels = SAVE_OFFLINE_LABELS;
  switch (copy.state) {
    case 'saving':
      return copy.doneBytes === 0 ? labels.started(formatMegabytes(copy.totalBytes)) : '';
    case 'saved':
      return copy.persisted === null
        ? ''
        : `${labels.saved}${copy.persisted ? '' : ` ${labels.notPersisted}`}`;
    case 'failed':
      return labels.failed[copy.reason];
    default:
      return '';
  }
}

/**
 * "Save for offline use": says how much it will download, shows progress, says when it is
 * done or why it failed. A first visit keeps only the page itself; this keeps the rest.
 * `data-offline-state` is its state, for tests. Nothing shows where it cannot work (no
 * service worker, development).
 */
export function SaveOffline({ variant }: SaveOfflineProps) {
  const { copy, save } = useOfflineCopy();
  const [closed, setClosed] = useState(false);
  const labels = SAVE_OFFLINE_LABELS;
  const message = announcement(copy);
  if (copy.state === 'unavailable') return null;
  // Saved before this visit, or the teacher has read that it is: nothing to say over a
  // projected map.
  const prominent = variant === 'prominent';
  const quiet = prominent && copy.state === 'saved' && (copy.persisted === null || closed);
  return (
    <div
      className="save-offline"
      data-variant={variant}
      data-offline-state={copy.state}
      hidden={quiet}
    >
      {prominent && (copy.state === 'ready' || copy.state === 'failed') ? (
        <p className="save-offline-invite">{labels.invite}</p>
      ) : null}
      {copy.state === 'ready' ? (
        <button type="button" onClick={save}>
          {labels.save(formatMegabytes(copy.bytes))}
        </button>
      ) : null}
      {copy.state === 'failed' ? (
        <button type="button" onClick={save}>
          {labels.retry(formatMegabytes(copy.bytes))}
        </button>
      ) : null}
      {copy.state === 'saving' ? (
        <span className="save-offline-progress">
          <progress max={copy.totalBytes} value={copy.doneBytes} aria-label={labels.progress} />
          <span aria-hidden="true">
            {labels.progressText(formatMegabytes(copy.doneBytes), formatMegabytes(copy.totalBytes))}
          </span>
        </span>
      ) : null}
      {copy.state === 'saved' && !prominent ? (
        <span className="save-offline-done">✓ {labels.savedShort}</span>
      ) : null}
      {/* Always there, so a screen reader hears each change of state. */}
      <p className="save-offline-status" role="status">
        {message}
      </p>
      {copy.state === 'saved' && prominent ? (
        <button type="button" className="save-offline-close" onClick={() => setClosed(true)}>
          {labels.close}
        </button>
      ) : null}
    </div>
  );
}
