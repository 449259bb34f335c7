import type { FeatureDetail } from '@/lib/map/feature-format';

interface FeatureCardProps {
  readonly detail: FeatureDetail;
  /** Shown while a pointer hovers (no close button) or pinned by a tap, a click or the list. */
  readonly pinned: boolean;
  readonly onClose: () => void;
}

/** Details on demand for one thing on the map: what it is, its figures, and where that is from. */
export function FeatureCard({ detail, pinned, onClose }: FeatureCardProps) {
  return (
    <section className="feature-card" aria-label={`Details: ${detail.title}`} aria-live="polite">
      <h3>{detail.title}</h3>
      <ul className="feature-facts">
        {detail.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {detail.sources.length > 0 ? (
        <p className="feature-sources">
          Source{detail.sources.length > 1 ? 's' : ''}:{' '}
          {detail.sources.map((source, index) => (
            <span key={source.url}>
              {index > 0 ? '; ' : ''}
              <a href={source.url} rel="noreferrer">
                {source.label}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {pinned ? (
        <button
          type="button"
          className="feature-close"
          onClick={onClose}
          aria-label="Close details"
        >
          ×
        </button>
      ) : null}
    </section>
  );
}
