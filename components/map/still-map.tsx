'use client';

import { useState } from 'react';
import { stillUrl } from '@/lib/site/still-url';

interface StillMapProps {
  readonly stepId: string;
  readonly description: string;
  readonly onLoaded: (stepId: string) => void;
}

/**
 * The map as a still picture of the active step's scene, for browsers that cannot draw the
 * live map. The picture's text alternative is the step's map description. Made for a wide
 * screen, it is small on a phone, so a link opens it full size, where it can be zoomed.
 */
export function StillMap({ stepId, description, onLoaded }: StillMapProps) {
  const [missing, setMissing] = useState<string | null>(null);
  const src = stillUrl(stepId);
  return (
    <figure className="still-map">
      {missing === stepId ? (
        <p className="still-map-missing">{description}</p>
      ) : (
        <>
          {/* A plain img: the picture is prebuilt at its size; next/image would add script. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            key={stepId}
            src={src}
            alt={description}
            width={1200}
            height={630}
            onLoad={() => onLoaded(stepId)}
            onError={() => {
              setMissing(stepId);
              onLoaded(stepId);
            }}
          />
          <figcaption className="still-map-open">
            <a href={src} target="_blank" rel="noopener">
              Open this picture full size
            </a>
          </figcaption>
        </>
      )}
    </figure>
  );
}
