import type { SourceLink } from '@/lib/story/types';

/** What a reader learns about one thing on the map: by hover, by tap or from the list. */
export interface FeatureDetail {
  /** `<deck layer id>:<row id>`, as picking reports it. */
  readonly key: string;
  readonly title: string;
  readonly facts: readonly string[];
  readonly sources: readonly SourceLink[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-02-25" → "25 Feb 2016"; "2016-10" → "Oct 2016". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || !name) return iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * "3000" → "3,000 MW". Grouped by hand: the first Intl call on a page loads the locale's data,
 * a single task of about 90 ms here and four times that on a slow phone, in the middle of a
 * scroll.
 */
export function formatMegawatts(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fraction ? `${grouped}.${fraction}` : grouped} MW`;
}

/** How sure we are of where a thing is, and why, as a fact line. */
export function confidence(level: string, note?: string): string {
  return `Location: ${level} confidence${note ? `. ${note}` : ''}`;
}
