/**
 * What a first visit may leave in Cache Storage (issue 19): on a phone plan, offline copies
 * beyond the page the reader opened are theirs to ask for. Bytes as stored, unpacked;
 * 1 MB = 1,000,000 bytes. `e2e/offline.spec.ts` measures it.
 */
export const FIRST_VISIT_CACHE_BYTES = 1_500_000;
