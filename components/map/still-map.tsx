'use client';

import { useState } from 'react';
import { useMediaQuery } from '@/lib/dom/use-media-query';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import { useEdition } from '@/lib/i18n/use-edition';
import { PORTRAIT_STILL_MEDIA, stillUrl } from '@/lib/site/still-url';
import { stillPixels } from '@/lib/stills/still-sizes';

interface StillMapProps {
  readonly stepId: string;
  readonly description: string;
  readonly onLoaded: (stepId: string) => void;
}

/**
 * The map as a still picture of the active step's scene, for browsers that cannot draw the
 * live map: a photograph of the live map, portrait on a phone, where a wide one is too small
 * to read. Its text alternative is the step's map description. A link opens it full size,
 * where it can be zoomed.
 */
export function StillMap({ stepId, description, onLoaded }: StillMapProps) {
  const [missing, setMissing] = useState<string | null>(null);
  const size = useMediaQuery(PORTRAIT_STILL_MEDIA) ? 'portrait' : 'landscape';
  const edition = useEdition();
  const src = stillUrl(stepId, size, edition);
  const { width, height } = stillPixels(size);
  return (
    <figure className="still-map">
      {missing === stepId ? (
        <p className="still-map-missing">{description}</p>
      ) : (
        <>
          {/* A plain img: the picture is prebuilt at its size; next/image would add script. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            key={src}
            src={src}
            alt={description}
            width={width}
            height={height}
            onLoad={() => onLoaded(stepId)}
            onError={() => {
              setMissing(stepId);
              onLoaded(stepId);
            }}
          />
          <figcaption className="still-map-open">
            <a href={src} target="_blank" rel="noopener">
              {CLIENT_TEXT[edition].openStillFullSize}
            </a>
          </figcaption>
        </>
      )}
    </figure>
  );
}
