import type { Summary } from './stats';

/** How the table writes figures. */

export const KIB = 1024;

export function kib(bytes: number): string {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}

export function mib(bytes: number): string {
  return `${(bytes / KIB / KIB).toFixed(1)} MiB`;
}

export function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

export function times(value: number): string {
  return `${value.toFixed(2)}x`;
}

export function count(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A summary's median in a unit, or "—" if nothing was measured. */
export function median(
  summary: Summary | null | undefined,
  unit: (value: number) => string,
): string {
  return summary ? unit(summary.median) : '—';
}

/** "min–max (n runs)", or the single value's run count; "—" if nothing was measured. */
export function spread(
  summary: Summary | null | undefined,
  unit: (value: number) => string,
): string {
  if (!summary) return '—';
  const runs = `${summary.n} run${summary.n === 1 ? '' : 's'}`;
  if (summary.n === 1 || summary.min === summary.max) return `(${runs})`;
  return `${unit(summary.min)}–${unit(summary.max)} (${runs})`;
}
