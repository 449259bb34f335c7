'use client';

import { useId, useState, type ReactNode } from 'react';
import { useEdition } from '@/lib/i18n/use-edition';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import type { FeatureDetail } from '@/lib/map/feature-format';
import type { LegendEntry } from '@/lib/map/layers';
import { LEGEND_ZH } from '@/lib/map/legend-zh';
import { LegendSymbolIcon } from './legend-symbol';

interface MapKeyProps {
  readonly legend: readonly LegendEntry[];
  readonly features: readonly FeatureDetail[];
  readonly selectedKey: string | null;
  readonly onSelect: (key: string) => void;
  /**
   * At the head of the list of what is on the map: the step's data downloads. Inside the
   * folded list, so the key's bottom edge, beside the map's credits, stays as it was (on a
   * phone their expanded line covers it).
   */
  readonly downloads?: ReactNode;
}

/**
 * The active scene's key: its legend (derived from its layers, see `legendFor`) and a list of
 * what is on the map, so that every detail a hover or tap gives is reachable by keyboard and
 * screen reader too. Always open beside a desktop map; folded behind a button on a phone.
 */
export function MapKey({ legend, features, selectedKey, onSelect, downloads }: MapKeyProps) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const edition = useEdition();
  const text = CLIENT_TEXT[edition];
  const labelOf = (label: string) => (edition === 'zh' ? (LEGEND_ZH[label] ?? label) : label);
  return (
    <div className="map-legend" data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        className="map-legend-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {text.mapKey} {open ? '▾' : '▸'}
      </button>
      <div id={bodyId} className="map-legend-body">
        <p className="map-legend-title">{text.mapKey}</p>
        <ul>
          {legend.map((entry) => (
            <li key={entry.label}>
              <LegendSymbolIcon symbol={entry.symbol} />
              <span>
                {labelOf(entry.label)}
                {entry.symbol.shape === 'ramp' ? text.ramp(entry.symbol.from, entry.symbol.to) : ''}
              </span>
            </li>
          ))}
        </ul>
        {features.length > 0 ? (
          <details className="map-features">
            <summary>{text.onThisMap(features.length)}</summary>
            {downloads}
            <ul>
              {features.map((feature) => (
                <li key={feature.key}>
                  <button
                    type="button"
                    aria-pressed={feature.key === selectedKey}
                    onClick={() => onSelect(feature.key)}
                  >
                    {feature.title}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : downloads ? (
          // A map whose things are areas (prefectures, provinces) lists none; its data still
          // downloads.
          <div className="map-features">{downloads}</div>
        ) : null}
      </div>
    </div>
  );
}
