interface StillTitleBandProps {
  readonly storyTitle: string;
  readonly title: string;
  /** "Step 5 of 19". */
  readonly position: string;
}

/**
 * The band over a still's map: the story's name and the step's place in it, then the step's
 * title, so a share card or a printed page says what it is without the text beside it.
 */
export function StillTitleBand({ storyTitle, title, position }: StillTitleBandProps) {
  return (
    <header className="still-band">
      <p className="still-band-kicker">
        <span>{storyTitle}</span>
        <span className="still-band-position">{position}</span>
      </p>
      <h1 className="still-band-title">{title}</h1>
    </header>
  );
}
