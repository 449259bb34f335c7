import { useEffect, useRef, useState } from 'react';
import { afterFirstPaint } from './after-first-paint';

/**
 * Runs `ask` once, when the page's first text is on screen (see afterFirstPaint), and returns
 * its answer: null until then, on the server and while hydrating. Only the `ask` of the render
 * that mounted the component is used.
 */
export function useAfterFirstPaint<T>(ask: () => T): T | null {
  const askOnce = useRef(ask);
  const [answer, setAnswer] = useState<{ value: T } | null>(null);
  useEffect(() => afterFirstPaint(() => setAnswer({ value: askOnce.current() })), []);
  return answer ? answer.value : null;
}
