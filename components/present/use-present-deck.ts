import { useCallback, useState } from 'react';
import { toggleFullscreen, useIsFullscreen } from '@/lib/dom/fullscreen';
import type { PresentAction } from '@/lib/present/keys';
import { moveStep } from '@/lib/navigation/step-moves';
import type { PresentState } from '@/lib/present/present-state';
import { usePresentKeys } from '@/lib/present/use-present-keys';
import { usePresentation } from '@/lib/present/use-presentation';
import type { StepId } from '@/lib/story/types';

export interface PresentDeck {
  readonly state: PresentState;
  /** The step's position in the story, from 0. */
  readonly index: number;
  readonly helpOpen: boolean;
  readonly fullscreen: boolean;
  /** Does what a key asks; the on-screen buttons call it too. */
  readonly run: (action: PresentAction) => void;
  readonly closeHelp: () => void;
  /** Restarts the elapsed time, in every window. */
  readonly restartClock: () => void;
  /** Goes straight to a step of the deck, in every window. */
  readonly goTo: (stepId: StepId) => void;
}

/**
 * What the audience screen and the presenter view have in common: the shared presentation,
 * the keys, the help overlay and fullscreen. `onPresenter` is what `p` does (the audience
 * screen opens the presenter view; the presenter view is already there).
 */
export function usePresentDeck(
  stepIds: readonly StepId[],
  onPresenter?: (stepId: StepId) => void,
): PresentDeck {
  const { state, change } = usePresentation(stepIds);
  const [helpOpen, setHelpOpen] = useState(false);
  const fullscreen = useIsFullscreen();

  const run = useCallback(
    (action: PresentAction) => {
      switch (action) {
        case 'next':
        case 'previous':
        case 'first':
        case 'last':
          change((current) => ({ ...current, stepId: moveStep(stepIds, current.stepId, action) }));
          return;
        case 'qr':
          change((current) => ({ ...current, qr: !current.qr }));
          return;
        case 'help':
          setHelpOpen((open) => !open);
          return;
        case 'fullscreen':
          toggleFullscreen();
          return;
        case 'presenter':
          onPresenter?.(state.stepId);
          return;
        case 'dismiss':
          // The browser leaves fullscreen on Esc by itself; this closes what is on top.
          if (helpOpen) setHelpOpen(false);
          else if (state.qr) change((current) => ({ ...current, qr: false }));
          return;
      }
    },
    [change, stepIds, onPresenter, state.stepId, state.qr, helpOpen],
  );
  usePresentKeys(run);

  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const restartClock = useCallback(
    () => change((current) => ({ ...current, startedAt: Date.now() })),
    [change],
  );

  const goTo = useCallback(
    (stepId: StepId) => {
      if (stepIds.includes(stepId)) change((current) => ({ ...current, stepId }));
    },
    [change, stepIds],
  );

  return {
    goTo,
    state,
    index: Math.max(0, stepIds.indexOf(state.stepId)),
    helpOpen,
    fullscreen,
    run,
    closeHelp,
    restartClock,
  };
}
