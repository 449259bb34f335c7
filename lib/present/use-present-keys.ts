import { useEffect, useEffectEvent } from 'react';
import { toKeyPress } from '@/lib/dom/key-press';
import { actionForKey, type PresentAction } from './keys';

/**
 * Calls `onAction` for each key press that is the deck's (see `actionForKey`), and keeps the
 * browser from acting on it too (Space scrolling, Backspace, `?` typed into nothing).
 */
export function usePresentKeys(onAction: (action: PresentAction) => void): void {
  const act = useEffectEvent(onAction);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionForKey(toKeyPress(event));
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
