import { useId } from 'preact/hooks';
import { formatNumber } from '../shared/number.ts';
import { unitName, type Snapshot } from './forward-pass.ts';

interface Props {
  s: Snapshot;
  /** How many hidden values and logits are known, and whether P is. */
  shown: { hidden: number; logits: number; output: boolean };
  /** The unit being computed (its incoming links stand out), or null. */
  current: { layer: 1 | 2; unit: number } | null;
}

const W = 360;
const H = 250;
const X = [52, 186, 318];
const R = 20;
const ys = (n: number) => Array.from({ length: n }, (_, i) => 14 + ((i + 0.5) * (H - 28)) / n);
const fmt3 = (v: number) => formatNumber(v, 3);

/**
 * The 3-4-2 network as nodes and links. A link's width grows with |w|; positive
 * weights are solid, negative ones dashed (and colored), so sign never rests on color.
 */
export function ForwardPassDiagram({ s, shown, current }: Props) {
  const id = useId();
  const yIn = ys(3);
  const yHid = ys(4);
  const yOut = ys(2);
  const links: { x1: number; y1: number; x2: number; y2: number; w: number; on: boolean }[] = [];
  s.W1.forEach((row, j) =>
    row.forEach((w, k) =>
      links.push({
        x1: X[0],
        y1: yIn[k],
        x2: X[1],
        y2: yHid[j],
        w,
        on: current?.layer === 1 && current.unit === j,
      }),
    ),
  );
  s.W2.forEach((row, i) =>
    row.forEach((w, j) =>
      links.push({
        x1: X[1],
        y1: yHid[j],
        x2: X[2],
        y2: yOut[i],
        w,
        on: current?.layer === 2 && current.unit === i,
      }),
    ),
  );
  const desc = current
    ? `Computing ${unitName('z', current.layer, current.unit)}: its ${current.layer === 1 ? 3 : 4} incoming links are drawn fully, the others faded.`
    : 'All links drawn alike.';
  const node = (x: number, y: number, label: string, value: number | null, on: boolean) => (
    <g key={label} class={on ? 'fp-node fp-node-current' : 'fp-node'}>
      {on && <circle cx={x} cy={y} r={R + 5} class="fp-ring" />}
      <circle cx={x} cy={y} r={R} />
      <text x={x} y={y + 4} text-anchor="middle" class="fp-value">
        {value === null ? '?' : fmt3(value)}
      </text>
      {/* Links enter hidden and output nodes from the left, so their labels sit above, clear of every link. */}
      {x === X[0] ? (
        <text x={x - R - 9} y={y + 4} text-anchor="end" class="fp-label">
          {label}
        </text>
      ) : (
        <text x={x} y={y - R - 5} text-anchor="middle" class="fp-label">
          {label}
        </text>
      )}
    </g>
  );
  return (
    <figure class="fp-diagram">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>The 3-4-2 network: 3 inputs, 4 hidden units, 2 softmax outputs</title>
        <desc id={`${id}-d`}>
          Every input links to every hidden unit and every hidden unit to both outputs; thicker
          links carry larger weights, solid links positive and dashed links negative weights. {desc}
        </desc>
        <g aria-hidden="true">
          {links.map((l, n) => (
            <line
              key={n}
              x1={l.x1 + R}
              y1={l.y1}
              x2={l.x2 - R}
              y2={l.y2}
              class={`fp-link ${l.w > 0 ? 'fp-pos' : l.w < 0 ? 'fp-neg' : 'fp-zero'}${current && !l.on ? ' fp-faded' : ''}`}
              stroke-width={1 + 3 * Math.min(1, Math.abs(l.w))}
            />
          ))}
          {s.x.map((v, k) => node(X[0], yIn[k], `x${'₁₂₃'[k]}`, v, false))}
          {yHid.map((y, j) =>
            node(
              X[1],
              y,
              unitName('h', 1, j),
              j < shown.hidden ? s.H1[j] : null,
              current?.layer === 1 && current.unit === j,
            ),
          )}
          {yOut.map((y, i) =>
            node(
              X[2],
              y,
              `p${'₁₂'[i]}`,
              shown.output ? s.P[i] : null,
              current?.layer === 2 && current.unit === i,
            ),
          )}
        </g>
      </svg>
      <figcaption class="fp-legend">
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" class="fp-link fp-pos" stroke-width="3" />
          </svg>{' '}
          solid: positive weight
        </span>
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" class="fp-link fp-neg" stroke-width="3" />
          </svg>{' '}
          dashed: negative weight
        </span>
        <span>thicker: larger |w|; nodes show their values (outputs as probabilities)</span>
      </figcaption>
    </figure>
  );
}
