import { DIAGRAM } from './dropout.ts';

const W = 420;
const H = 250;
const R = 11;

/** Unit numbers (from 1) that a layer dropped, in words. */
export function droppedText(dropped: readonly boolean[]): string {
  const ids = dropped.flatMap((d, i) => (d ? [i + 1] : []));
  return ids.length === 0 ? 'none' : ids.join(', ');
}

function unitY(n: number, i: number): number {
  const gap = (H - 30) / Math.max(n, 1);
  return 15 + gap * (i + 0.5);
}

/** The 2-8-8-1 network with this pass's dropped hidden units crossed out and faded (and their connections faded). */
export function DropoutDiagram({
  dropped,
  iteration,
}: {
  dropped: readonly boolean[][];
  iteration: number;
}) {
  const sizes = DIAGRAM.sizes;
  const xs = sizes.map((_, l) => 40 + (l * (W - 80)) / (sizes.length - 1));
  const isDropped = (l: number, i: number) =>
    l > 0 && l < sizes.length - 1 && (dropped[l - 1]?.[i] ?? false);
  const words =
    iteration === 0
      ? 'No pass drawn yet: every unit is on.'
      : `Iteration ${iteration}: ` +
        dropped.map((d, h) => `hidden layer ${h + 1} drops units ${droppedText(d)}`).join('; ') +
        '. Dropped units are crossed out and faded, with their connections.';
  const edges = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    for (let i = 0; i < sizes[l]; i++) {
      for (let j = 0; j < sizes[l + 1]; j++) {
        const off = isDropped(l, i) || isDropped(l + 1, j);
        edges.push(
          <line
            key={`${l}-${i}-${j}`}
            x1={xs[l]}
            y1={unitY(sizes[l], i)}
            x2={xs[l + 1]}
            y2={unitY(sizes[l + 1], j)}
            class={off ? 'dd-edge dd-edge-off' : 'dd-edge'}
          />,
        );
      }
    }
  }
  return (
    <svg class="dd-net" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="dd-net-t dd-net-d">
      <title id="dd-net-t">A 2-8-8-1 network with dropout after each hidden layer</title>
      <desc id="dd-net-d">{words}</desc>
      <g aria-hidden="true">
        {edges}
        {sizes.map((n, l) =>
          Array.from({ length: n }, (_, i) => {
            const x = xs[l];
            const y = unitY(n, i);
            const off = isDropped(l, i);
            return (
              <g key={`${l}-${i}`} class={off ? 'dd-unit dd-off' : 'dd-unit'}>
                <circle cx={x} cy={y} r={R} />
                {off && (
                  <path
                    d={`M${x - R} ${y - R}L${x + R} ${y + R}M${x + R} ${y - R}L${x - R} ${y + R}`}
                    class="dd-cross"
                  />
                )}
              </g>
            );
          }),
        )}
        {['input', 'hidden 1', 'hidden 2', 'output'].map((t, l) => (
          <text key={t} x={xs[l]} y={H - 2} text-anchor="middle" class="dd-label">
            {t}
          </text>
        ))}
      </g>
    </svg>
  );
}
