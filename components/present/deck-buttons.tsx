import type { PresentAction } from '@/lib/present/keys';
import type { PresentDeck } from './use-present-deck';

interface DeckButtonsProps {
  readonly deck: PresentDeck;
  readonly total: number;
  /** Label of the QR button: the audience screen shows the code; the presenter view sends it. */
  readonly qrLabel: string;
}

/** The keys' main actions for a mouse or a touch screen, kept small beside the story. */
export function DeckButtons({ deck, total, qrLabel }: DeckButtonsProps) {
  const button = (action: PresentAction, label: string, disabled = false, pressed?: boolean) => (
    <button
      type="button"
      className="present-button"
      onClick={(event) => {
        deck.run(action);
        // After a mouse click, Space and Enter go back to moving the story instead of
        // pressing this button again; a keyboard user keeps focus where it is (detail 0).
        if (event.detail > 0) event.currentTarget.blur();
      }}
      disabled={disabled}
      aria-pressed={pressed}
    >
      {label}
    </button>
  );
  return (
    <div className="deck-buttons" role="group" aria-label="Presentation controls">
      {button('previous', '← Previous', deck.index === 0)}
      {button('next', 'Next →', deck.index === total - 1)}
      {button('qr', qrLabel, false, deck.state.qr)}
      {button('fullscreen', 'Fullscreen', false, deck.fullscreen)}
      {button('help', 'Keys ?', false, deck.helpOpen)}
    </div>
  );
}
