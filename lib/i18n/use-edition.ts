'use client';

import { usePathname } from 'next/navigation';
import { editionOfPath } from './edition-of-path';

/** The edition the page belongs to, from its address: client components need no prop for it. */
export function useEdition() {
  return editionOfPath(usePathname() ?? '/');
}
