import { SvgPlot } from '../shared/SvgPlot.tsx';
import { linePath } from '../shared/scale.ts';
import { formatNumber as fmt } from '../shared/number.ts';
import { grid, yRange, type Curve } from './activations.ts';

interface Props {
  name: string;
  zs: number[];
  c: Curve;
  /** The cursor and its values. */
  z: number;
  f: number;
  df: number;
  onZ: (z: number) => void;
}

export const Z_MIN = -5;
export const Z_MAX = 5;
/** The z values the curves are drawn through. */
export const SAMPLES = grid(Z_MIN, Z_MAX, 400);

const clampZ = (z: number) => Math.min(Z_MAX, Math.max(Z_MIN, Math.round(z * 10) / 10));
const KEYS: Record<string, (z: number) => number> = {
  ArrowLeft: (z) => z - 0.1,
  ArrowDown: (z) => z - 0.1,
  ArrowRight: (z) => z + 0.1,
  ArrowUp: (z) => z + 0.1,
  PageDown: (z) => z - 1,
  PageUp: (z) => z + 1,
  Home: () => Z_MIN,
  End: () => Z_MAX,
};

/** f (solid) and f′ (dashed) over z from −5 to 5, with a cursor you move by pointer or arrow keys. */
export function ActivationPlot({ name, zs, c, z, f, df, onZ }: Props) {
  const [lo, hi] = yRange([c.f, c.df, ...c.pieces]);
  return (
    <div class="ae-plot">
      <SvgPlot
        title={`${name} and its derivative`}
        description={`The solid line is f(z), the dashed line its derivative f′(z), for z from −5 to 5${
          c.pieces.length ? '; dotted lines are the maxout pieces' : ''
        }. The cursor is at z = ${fmt(z)}, where f(z) = ${fmt(f)} and f′(z) = ${fmt(df)}.`}
        focusLabel="Left and right arrow keys move the cursor by 0.1, Page Up and Page Down by 1."
        xDomain={[Z_MIN, Z_MAX]}
        yDomain={[lo, hi]}
        xLabel="z"
        width={480}
        height={300}
        onPointer={(x) => onZ(clampZ(x))}
        onKeyDown={(e) => {
          const move = KEYS[e.key];
          if (!move) return;
          e.preventDefault();
          onZ(clampZ(move(z)));
        }}
      >
        {(sx, sy) => (
          <>
            {c.pieces.map((p, i) => (
              <path key={i} class="ae-piece" d={linePath(zs, p, sx, sy)} />
            ))}
            <path class="ae-df" d={linePath(zs, c.df, sx, sy)} />
            <path class="ae-f" d={linePath(zs, c.f, sx, sy)} />
            <line class="ae-cursor" x1={sx(z)} x2={sx(z)} y1={sy(hi)} y2={sy(lo)} />
            {Number.isFinite(df) && (
              <rect class="ae-df-dot" x={sx(z) - 5} y={sy(df) - 5} width={10} height={10} />
            )}
            {Number.isFinite(f) && <circle class="ae-f-dot" cx={sx(z)} cy={sy(f)} r={6} />}
          </>
        )}
      </SvgPlot>
      <ul class="ae-legend" aria-label="Legend">
        <li>
          <svg width="36" height="12" aria-hidden="true">
            <line class="ae-f" x1="0" x2="36" y1="6" y2="6" />
          </svg>
          f(z), solid, ● at the cursor
        </li>
        <li>
          <svg width="36" height="12" aria-hidden="true">
            <line class="ae-df" x1="0" x2="36" y1="6" y2="6" />
          </svg>
          f′(z), dashed, ■ at the cursor
        </li>
        {c.pieces.length > 0 && (
          <li>
            <svg width="36" height="12" aria-hidden="true">
              <line class="ae-piece" x1="0" x2="36" y1="6" y2="6" />
            </svg>
            the pieces wᵢz + bᵢ, dotted
          </li>
        )}
      </ul>
    </div>
  );
}
