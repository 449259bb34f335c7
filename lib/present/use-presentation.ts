import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { StepId } from '@/lib/story/types';
import { useStepNavigation } from '@/lib/navigation/use-step-navigation';
import { openPresentChannel, type PresentChannel } from './channel';
import type { PresentState } from './present-state';

export interface Presentation {
  readonly state: PresentState;
  /** Changes the shared state, here and in the presentation's other windows. */
  readonly change: (update: (state: PresentState) => PresentState) => void;
}

const subscribeToNothing = () => () => {};

/** When this window's page opened, in ms since the epoch; null on the server. */
function useOpenedAt(): number | null {
  return useSyncExternalStore(
    subscribeToNothing,
    () => Math.round(performance.timeOrigin),
    () => null,
  );
}

/**
 * One presentation's shared state in this window: the step (from the URL's hash until the
 * presenter moves), the QR code and the start time, kept the same in every window of the
 * presentation over a BroadcastChannel. The URL follows the step quietly (`replaceState`).
 */
export function usePresentation(stepIds: readonly StepId[]): Presentation {
  const openedAt = useOpenedAt();
  // Null until this window moves or hears from another: until then the URL decides.
  const [shared, setShared] = useState<PresentState | null>(null);

  // The state as last changed, ahead of React's next render, so that each press of a fast
  // burst moves on from the one before it rather than from what is on screen. Set before any
  // key, message or hash change can arrive.
  const latest = useRef<PresentState | null>(null);
  const channel = useRef<PresentChannel | null>(null);
  const change = useCallback((update: (state: PresentState) => PresentState) => {
    if (!latest.current) return;
    const next = update(latest.current);
    latest.current = next;
    setShared(next);
    channel.current?.post({ type: 'state', state: next });
  }, []);

  const goTo = useCallback(
    (id: StepId) => change((current) => ({ ...current, stepId: id })),
    [change],
  );
  const stepId = useStepNavigation(stepIds, shared?.stepId ?? null, goTo);
  const unmoved = useMemo<PresentState>(
    () => ({ stepId, qr: false, startedAt: openedAt ?? 0 }),
    [stepId, openedAt],
  );
  const state = shared ?? unmoved;
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    const joined = openPresentChannel(stepIds, (message) => {
      if (message.type === 'hello') {
        if (latest.current) joined?.post({ type: 'state', state: latest.current });
      } else {
        // Taken as it is and not sent on: an echo would undo a newer press in the sender.
        latest.current = message.state;
        setShared(message.state);
      }
    });
    channel.current = joined;
    joined?.post({ type: 'hello' });
    return () => {
      joined?.close();
      channel.current = null;
    };
  }, [stepIds]);

  return { state, change };
}
