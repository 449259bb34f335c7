import { SITE_ORIGIN } from './share-url';

/**
 * The origin written into link previews, which must be absolute: the configured public origin,
 * or the local server's when none is set (a preview then works only on this machine; the
 * README says to set NEXT_PUBLIC_SITE_ORIGIN for a deployment).
 */
export const PREVIEW_ORIGIN = SITE_ORIGIN ?? 'http://localhost:3000';
