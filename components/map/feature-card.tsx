'use client';

import { useEdition } from '@/lib/i18n/use-edition';
import type { FeatureDetail } from '@/lib/map/feature-format';
import { FEATURE_TEXT } from '@/lib/map/feature-text';

interface FeatureCardProps {
  readonly detail: FeatureDetail;
  /** Shown while a pointer hovers (no close button) or pinned by a tap, a click or the list. */
  readonly pinned: boolean;
  readonly onClose: () => void;
}

/** Details on demand for one thing on the map: what it is, its figures, and where that is from. */
export function FeatureCard({ detail, pinned, onClose }: FeatureCardProps) {
  const text = FEATURE_TEXT[useEdition()];
  return (
    <section className="feature-card" aria-label={text.details(detail.title)} aria-live="polite">
      <h3>{detail.title}</h3>
      <ul className="feature-facts">
        {detail.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {detail.sources.length > 0 ? (
        <p className="feature-sources">
          {text.sources(detail.sources.length)}
          {detail.sources.map((source, index) => (
            <span key={source.url}>
              {index > 0 ? text.sourceSeparator : ''}
              <a href={source.url} rel="noreferrer">
                {source.label}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {pinned ? (
        <button type="button" className="feature-close" onClick={onClose} aria-label={text.close}>
          ×
        </button>
      ) : null}
    </section>
  );
}
