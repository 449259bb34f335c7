import { useMap } from '@vis.gl/react-maplibre';
import { useEffect, useState } from 'react';
import type { MapViewport } from '@/lib/story/fit-camera';

/** The map's size in CSS pixels, kept current as the pane resizes (rotation, layout change). */
export function useMapViewport(): MapViewport | null {
  const { current: mapRef } = useMap();
  const map = mapRef?.getMap();
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  useEffect(() => {
    if (!map) return;
    const read = () => {
      const container = map.getContainer();
      setViewport((previous) =>
        previous?.width === container.clientWidth && previous.height === container.clientHeight
          ? previous
          : { width: container.clientWidth, height: container.clientHeight },
      );
    };
    read();
    map.on('resize', read);
    return () => {
      map.off('resize', read);
    };
  }, [map]);
  return viewport;
}
