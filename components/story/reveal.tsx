'use client';

import { m, useReducedMotion } from 'framer-motion';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const HIDDEN = { opacity: 0, y: 28 };
const SHOWN = { opacity: 1, y: 0 };

/**
 * Brings a step's text in as it scrolls into view. The static HTML shows the text as it is, so
 * it reads before (and without) JavaScript; only text still below the screen after hydration
 * is hidden for its entrance, before the first paint. Under reduced motion nothing moves.
 * Needs a `LazyMotion` ancestor (the story shell).
 */
export function Reveal({ children }: { readonly children: ReactNode }) {
  const reducedMotion = useReducedMotion();
  const ref = useRef<HTMLDivElement>(null);
  const [armed, setArmed] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || reducedMotion) return;
    if (element.getBoundingClientRect().top > window.innerHeight) setArmed(true);
  }, [reducedMotion]);

  if (!armed) return <div ref={ref}>{children}</div>;
  return (
    <m.div
      initial={HIDDEN}
      whileInView={SHOWN}
      viewport={{ once: true, amount: 0.15 }}
      transition={{ duration: 0.5, ease: [0.22, 1, 0.36, 1] }}
    >
      {children}
    </m.div>
  );
}
