import type { LegendSymbol } from '@/lib/map/layers';

/** A legend symbol as a small inline SVG: shape and colour, so colour is never the only cue. */
export function LegendSymbolIcon({ symbol }: { readonly symbol: LegendSymbol }) {
  const size = 18;
  const c = size / 2;
  let shape;
  switch (symbol.shape) {
    case 'dot': {
      const r = (symbol.size ?? 10) / 2;
      shape = <circle cx={c} cy={c} r={r} fill={symbol.color} stroke="#fff" strokeWidth={1.5} />;
      break;
    }
    case 'ring':
      shape = <circle cx={c} cy={c} r={6} fill="none" stroke={symbol.color} strokeWidth={2.5} />;
      break;
    case 'square': {
      const s = symbol.size ?? 10;
      shape = <rect x={c - s / 2} y={c - s / 2} width={s} height={s} fill={symbol.color} />;
      break;
    }
    case 'square-ring': {
      const s = (symbol.size ?? 10) - 2;
      shape = (
        <rect
          x={c - s / 2}
          y={c - s / 2}
          width={s}
          height={s}
          fill="none"
          stroke={symbol.color}
          strokeWidth={2}
        />
      );
      break;
    }
    case 'diamond':
      shape = (
        <path d={`M${c} 2 L${size - 2} ${c} L${c} ${size - 2} L2 ${c} Z`} fill={symbol.color} />
      );
      break;
    case 'line':
      shape = <line x1={1} y1={c} x2={size - 1} y2={c} stroke={symbol.color} strokeWidth={3} />;
      break;
    case 'dashed-line':
      shape = (
        <line
          x1={1}
          y1={c}
          x2={size - 1}
          y2={c}
          stroke={symbol.color}
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      );
      break;
    case 'arc':
      shape = (
        <path
          d={`M1 ${size - 3} Q${c} 0 ${size - 1} ${size - 3}`}
          fill="none"
          stroke={symbol.color}
          strokeWidth={3}
        />
      );
      break;
    case 'area':
    case 'hatched-area': {
      // A hatched area is an approximate one: half its fill, with the hatching over it.
      const hatched = symbol.shape === 'hatched-area';
      shape = (
        <>
          <rect
            x={1}
            y={3}
            width={size - 2}
            height={size - 6}
            fill={symbol.color}
            fillOpacity={hatched ? 0.5 : undefined}
            stroke={symbol.border}
            strokeWidth={1.5}
          />
          {hatched ? (
            <path
              d={`M4 ${size - 4} L${size - 8} 4 M9 ${size - 4} L${size - 3} 6`}
              stroke={symbol.border}
              strokeWidth={1.2}
            />
          ) : null}
        </>
      );
      break;
    }
    case 'ramp':
      shape = (
        <>
          {symbol.colors.map((colour, index) => (
            <rect
              key={colour}
              x={1 + (index * (size - 2)) / symbol.colors.length}
              y={4}
              width={(size - 2) / symbol.colors.length + 0.5}
              height={size - 8}
              fill={colour}
            />
          ))}
        </>
      );
      break;
  }
  return (
    <svg
      className="legend-symbol"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
    >
      {shape}
    </svg>
  );
}
