import { useEffect, useState } from 'react';
import { afterFirstPaint } from './after-first-paint';

/**
 * Runs `ask` once the page's first text is on screen (see afterFirstPaint) and returns its
 * answer: null until then, on the server and while hydrating.
 */
export function useAfterFirstPaint<T>(ask: () => T): T | null {
  const [answer, setAnswer] = useState<{ value: T } | null>(null);
  useEffect(() => afterFirstPaint(() => setAnswer({ value: ask() })), [ask]);
  return answer ? answer.value : null;
}
