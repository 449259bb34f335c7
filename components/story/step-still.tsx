import type { Edition } from '@/lib/content/editions';
import { UI_TEXT } from '@/lib/i18n/ui-text';
import { PORTRAIT_STILL_MEDIA, stillUrl } from '@/lib/site/still-url';
import { stillPixels } from '@/lib/stills/still-sizes';

interface StepStillProps {
  readonly stepId: string;
  readonly description: string;
  readonly edition?: Edition;
}

/**
 * A step's map as a still picture with its description as a caption: the map in the text
 * view and in print. Portrait on a phone's screen, where a wide picture is too small to read;
 * landscape on wider screens and on paper. Lazy, so a screen that never shows it never
 * downloads it.
 */
export function StepStill({ stepId, description, edition = 'en' }: StepStillProps) {
  const landscape = stillPixels('landscape');
  const portrait = stillPixels('portrait');
  return (
    <figure className="step-still">
      <picture>
        <source
          media={PORTRAIT_STILL_MEDIA}
          srcSet={stillUrl(stepId, 'portrait', edition)}
          width={portrait.width}
          height={portrait.height}
        />
        {/* A plain img: the file is prebuilt at its size, and next/image would add script. */}
        <img
          src={stillUrl(stepId, 'landscape', edition)}
          alt=""
          loading="lazy"
          decoding="async"
          width={landscape.width}
          height={landscape.height}
        />
      </picture>
      <figcaption>
        <span className="step-still-label">{UI_TEXT[edition].mapLabel}</span>
        {description}
      </figcaption>
    </figure>
  );
}
