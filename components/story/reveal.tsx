'use client';

import { animate } from 'framer-motion/dom/mini';
import { useEffect, useRef, type ReactNode } from 'react';
import { REDUCED_MOTION_QUERY } from '@/lib/dom/use-media-query';

const HIDDEN = { opacity: '0', transform: 'translateY(28px)' };

/**
 * Brings a step's text in as it scrolls into view. The static HTML shows the text as it is, so
 * it reads before (and without) JavaScript; only text still below the screen once the page
 * has landed (after a deep link's jump) is hidden for its entrance, where no one sees it go.
 * Under reduced motion nothing moves. framer-motion's small WAAPI animator does the motion.
 */
export function Reveal({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || window.matchMedia(REDUCED_MOTION_QUERY).matches) return;
    if (element.getBoundingClientRect().top <= window.innerHeight) return;
    Object.assign(element.style, HIDDEN);
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting) return;
        observer.disconnect();
        animate(
          element,
          { opacity: [0, 1], transform: ['translateY(28px)', 'translateY(0)'] },
          { duration: 0.5, ease: [0.22, 1, 0.36, 1] },
        ).then(() => {
          element.style.opacity = '';
          element.style.transform = '';
        });
      },
      // Its top a tenth of the screen into view, however tall the step is.
      { rootMargin: '0px 0px -10% 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      element.style.opacity = '';
      element.style.transform = '';
    };
  }, []);

  return <div ref={ref}>{children}</div>;
}
