import { useEdition } from '@/lib/i18n/use-edition';
import { PRESENT_TEXT } from '@/lib/i18n/present-text';
import type { PresentAction } from '@/lib/present/keys';
import type { PresentDeck } from './use-present-deck';

interface DeckButtonsProps {
  readonly deck: PresentDeck;
  readonly total: number;
  /** The QR button: the audience screen shows the code; the presenter view puts it on screen. */
  readonly qrLabel: 'show' | 'on-screen';
}

/** The keys' main actions for a mouse or a touch screen, kept small beside the story. */
export function DeckButtons({ deck, total, qrLabel }: DeckButtonsProps) {
  const text = PRESENT_TEXT[useEdition()];
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
    <div className="deck-buttons" role="group" aria-label={text.controls}>
      {button('previous', text.previous, deck.index === 0)}
      {button('next', text.next, deck.index === total - 1)}
      {button('qr', qrLabel === 'on-screen' ? text.qrOnScreen : text.qr, false, deck.state.qr)}
      {button('fullscreen', text.fullscreen, false, deck.fullscreen)}
      {button('help', text.keys, false, deck.helpOpen)}
    </div>
  );
}
