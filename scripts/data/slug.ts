/** "Inner Mongolia" → "inner-mongolia", "Hong Kong S.A.R." → "hong-kong-s-a-r". */
export function toSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
