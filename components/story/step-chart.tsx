import { CHART_SIZE, layoutLineChart } from '@/lib/chart/line-chart';
import type { Edition } from '@/lib/content/editions';
import type { Chart } from '@/lib/content/schema';
import { UI_TEXT } from '@/lib/i18n/ui-text';

/**
 * A step's small chart, drawn at build time: an SVG that scales to the column and prints, and
 * the same numbers as a table for screen readers (the drawing itself is hidden from them).
 */
export function StepChart({
  chart,
  id,
  edition = 'en',
}: {
  readonly chart: Chart;
  readonly id: string;
  readonly edition?: Edition;
}) {
  const text = UI_TEXT[edition];
  const layout = layoutLineChart(chart);
  const { plot } = layout;
  const titleId = `${id}-chart-title`;
  const last = layout.points.at(-1);
  return (
    <figure className="step-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="step-chart-title">
        {chart.title}
      </figcaption>
      <svg
        viewBox={`0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`}
        aria-hidden="true"
        focusable="false"
      >
        {layout.yTicks.map((tick) => (
          <g key={tick.value} className="step-chart-grid">
            <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
            <text x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text
            key={tick.value}
            className="step-chart-axis"
            x={tick.at}
            y={plot.bottom + 18}
            textAnchor="middle"
          >
            {tick.value}
          </text>
        ))}
        <g className="step-chart-marker">
          <line x1={layout.markerX} x2={layout.markerX} y1={plot.top - 10} y2={plot.bottom} />
          <text x={layout.markerX + 4} y={plot.top - 12}>
            {chart.marker.year}: {chart.marker.label}
          </text>
        </g>
        <path className="step-chart-line" d={layout.line} />
        {layout.points.map((point) => (
          <circle key={point.year} className="step-chart-dot" cx={point.x} cy={point.y} r={2.5} />
        ))}
        {last ? (
          <text className="step-chart-last" x={last.x} y={last.y - 8} textAnchor="end">
            {last.value}
          </text>
        ) : null}
      </svg>
      {/* A table sizes to its content whatever its width says, so it is hidden in a box. */}
      <div className="visually-hidden">
        <table>
          <caption>
            {chart.title} ({chart.unit})
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.chartYear}</th>
              <th scope="col">{chart.unit}</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((point) => (
              <tr key={point.year}>
                <th scope="row">{point.year}</th>
                <td>{point.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="step-chart-source">
        {chart.note ? `${chart.note} ` : null}
        {text.chartSources(chart.sources.length)}
        {chart.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 ? text.listSeparator : null}
            <a href={source.url} rel="noreferrer">
              {source.label}
            </a>
          </span>
        ))}
      </p>
    </figure>
  );
}
