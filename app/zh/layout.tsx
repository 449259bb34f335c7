import type { ReactNode } from 'react';
import './zh-fonts.css';

/**
 * Every page under /zh/: the root layout gives it `<html lang="zh-Hans">` from the address;
 * this one adds the self-hosted Chinese fonts, which the English pages never load.
 */
export default function ChineseLayout({ children }: { readonly children: ReactNode }) {
  return children;
}
