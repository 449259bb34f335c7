import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { stillUrl } from '@/lib/site/still-url';

interface StepStillProps {
  readonly stepId: string;
  readonly description: string;
  readonly edition?: Edition;
}

/**
 * A step's map as a still picture with its description as a caption: the map in the text
 * view and in print. Lazy, so a screen that never shows it never downloads it.
 */
export function StepStill({ stepId, description, edition = 'en' }: StepStillProps) {
  return (
    <figure className="step-still">
      {/* A plain img: the file is prebuilt at its size, and next/image would add script. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={stillUrl(stepId)}
        alt=""
        loading="lazy"
        decoding="async"
        width={1200}
        height={630}
      />
      <figcaption>
        <span className="step-still-label">{UI_TEXT[edition].mapLabel}</span>
        {description}
      </figcaption>
    </figure>
  );
}
