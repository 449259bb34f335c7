import type { ReactNode } from 'react';
import { BASE_PATH } from '@/lib/site/base-path';
import './zh-fonts.css';

/**
 * Every page under /zh/: the root layout gives it `<html lang="zh-Hans">` from the address;
 * this one adds the self-hosted Chinese fonts, which the English pages never load. Their
 * @font-face rules are generated with the font files, so they are linked, not bundled.
 */
export default function ChineseLayout({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <link rel="stylesheet" href={`${BASE_PATH}/fonts/zh/fonts.css`} precedence="default" />
      {children}
    </>
  );
}
