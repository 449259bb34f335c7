import { EDITION_PREFIX, type Edition } from '@/lib/content/editions';
import { siteUrl } from '@/lib/site/base-path';
import type { StepId } from '@/lib/story/types';

/** Reads a configured origin: trailing slashes trimmed; unset or blank means none. */
export function toSiteOrigin(value: string | undefined): string | undefined {
  const origin = value?.trim().replace(/\/+$/, '');
  return origin ? origin : undefined;
}

/**
 * The site's public origin (`https://example.org`), set at build with NEXT_PUBLIC_SITE_ORIGIN.
 * Share links and QR codes use it so that a story presented from a laptop (`localhost`, a
 * school's intranet name) still hands out links that work on a student's phone.
 */
export const SITE_ORIGIN = toSiteOrigin(process.env.NEXT_PUBLIC_SITE_ORIGIN);

/**
 * The public link to one step: its share page (`/s/<step-id>/`), which previews the step in
 * chats and opens the story on it, in the given edition (`/zh/s/<step-id>/` for Chinese).
 * `origin` is SITE_ORIGIN where set, else the page's own.
 */
export function shareUrl(stepId: StepId, origin: string, edition: Edition = 'en'): string {
  return siteUrl(`${EDITION_PREFIX[edition]}/s/${stepId}/`, origin);
}
