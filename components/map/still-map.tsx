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
 * live map. The picture's text alternative is the step's map description.
 */
export function StillMap({ stepId, description, onLoaded }: StillMapProps) {
  const [missing, setMissing] = useState<string | null>(null);
  return (
    <figure className="still-map">
      {missing === stepId ? (
        <p className="still-map-missing">{description}</p>
      ) : (
        // A plain img: the picture is prebuilt at its size, and next/image would add script.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          key={stepId}
          src={stillUrl(stepId)}
          alt={description}
          width={1200}
          height={630}
          onLoad={() => onLoaded(stepId)}
          onError={() => {
            setMissing(stepId);
            onLoaded(stepId);
          }}
        />
      )}
    </figure>
  );
}
