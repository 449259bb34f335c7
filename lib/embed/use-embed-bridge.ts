import { useEffect } from 'react';
import { parseGoMessage, stepMessage } from './protocol';

/**
 * Inside an iframe, tells the parent page the active step and goes where a well-formed
 * message from it asks. Step ids are public, so they are posted to any parent ('*'); incoming
 * messages are parsed strictly and otherwise ignored, whatever their origin.
 */
export function useEmbedBridge(
  enabled: boolean,
  stepIds: readonly string[],
  activeStepId: string,
  goToStep: (id: string) => void,
): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const position = stepIds.indexOf(activeStepId) + 1;
    window.parent.postMessage(stepMessage(activeStepId, position, stepIds.length), '*');
  }, [enabled, stepIds, activeStepId]);

  useEffect(() => {
    if (!enabled) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || event.source === window) return;
      const id = parseGoMessage(event.data, stepIds);
      if (id) goToStep(id);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [enabled, stepIds, goToStep]);
}
