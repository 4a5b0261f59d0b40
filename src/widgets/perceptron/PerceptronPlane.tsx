import { SvgPlot } from '../shared/SvgPlot.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { decisionLine, onSide, type Params, type Row } from './perceptron.ts';

interface Props {
  p: Params;
  rows: Row[];
  gateName: string;
  /** The reader's own point (x1, x2), drawn as a cross. */
  point: readonly [number, number];
  onPick: (x1: number, x2: number) => void;
}

const LO = -0.5;
const HI = 1.5;

const sideWord = (s: number) =>
  s === 1 ? 'output on (1)' : s === 0 ? 'output off (0)' : 'exactly on the line';

/** The input plane: the "on" side shaded, the decision line, and the gate's four points shaped by their output. */
export function PerceptronPlane({ p, rows, gateName, point, onPick }: Props) {
  const poly = onSide(p, LO, HI);
  const line = decisionLine(p, LO, HI);
  const lineText = line
    ? `The decision line ${fmt(p.w1)}·x1 + ${fmt(p.w2)}·x2 + ${fmt(p.b)} = 0 crosses the square; the shaded side is where the output is on.`
    : `No decision line crosses the square; the output is ${poly.length ? 'on' : 'off'} everywhere in it.`;
  const pointsText = rows
    .map(
      (r) =>
        `(${r.x1}, ${r.x2}): ${sideWord(r.side)}, target ${r.target}, ${r.correct ? 'correct' : 'wrong'}`,
    )
    .join('; ');
  return (
    <SvgPlot
      title={`Input plane for ${gateName}`}
      description={`${lineText} Points: ${pointsText}. Filled circles are outputs 1, hollow squares outputs 0; a ring marks a target of 1; a tick or a cross beside each point says whether it is correct.`}
      xDomain={[LO, HI]}
      yDomain={[LO, HI]}
      xLabel="x1"
      width={400}
      height={400}
      onPointer={(x, y) => onPick(Math.round(x * 20) / 20, Math.round(y * 20) / 20)}
    >
      {(sx, sy) => (
        <>
          {/* x2's name sits inside the plot: the shared corner label would cover the tick 1.5. */}
          <text class="nn-axis-label" x={sx(LO) + 6} y={sy(HI) + 16}>
            x2
          </text>
          {poly.length > 2 && (
            <polygon class="pl-on" points={poly.map(([a, c]) => `${sx(a)},${sy(c)}`).join(' ')} />
          )}
          {line && (
            <line
              class="pl-line"
              x1={sx(line[0][0])}
              y1={sy(line[0][1])}
              x2={sx(line[1][0])}
              y2={sy(line[1][1])}
            />
          )}
          {rows.map((r) => {
            const cx = sx(r.x1);
            const cy = sy(r.x2);
            return (
              <g key={`${r.x1}${r.x2}`} class={r.correct ? 'pl-point' : 'pl-point pl-wrong'}>
                {r.target === 1 && <circle class="pl-target" cx={cx} cy={cy} r={20} />}
                {r.side === 1 && <circle class="pl-out1" cx={cx} cy={cy} r={11} />}
                {r.side === 0 && (
                  <rect class="pl-out0" x={cx - 10} y={cy - 10} width={20} height={20} />
                )}
                {r.side === 0.5 && (
                  <polygon
                    class="pl-half"
                    points={`${cx},${cy - 13} ${cx + 13},${cy} ${cx},${cy + 13} ${cx - 13},${cy}`}
                  />
                )}
                <text x={cx + 24} y={cy - 12} class="pl-label">
                  {r.correct ? '✓' : '✗'} t={r.target}
                </text>
              </g>
            );
          })}
          <g class="pl-cursor">
            <line x1={sx(point[0]) - 8} x2={sx(point[0]) + 8} y1={sy(point[1])} y2={sy(point[1])} />
            <line x1={sx(point[0])} x2={sx(point[0])} y1={sy(point[1]) - 8} y2={sy(point[1]) + 8} />
          </g>
        </>
      )}
    </SvgPlot>
  );
}
