import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Dataset } from '../../engine/index.ts';
import { Heatmap } from '../shared/Heatmap.tsx';
import { SvgPlot } from '../shared/SvgPlot.tsx';
import { linePath, linearScale } from '../shared/scale.ts';
import { formatNumber } from '../shared/number.ts';
import { GRID, UNIT_GRID, VIEW } from './playground.ts';

// Okabe–Ito colors for the classes (the canvas cannot read CSS variables cheaply).
const RGB = [
  [0, 114, 178],
  [230, 159, 0],
  [0, 158, 115],
  [204, 121, 167],
];
/** Class names in words, with the shape each class is drawn as. */
export const CLASS_NAMES = ['blue circle', 'orange square', 'green triangle', 'pink diamond'];

/** The SVG path of class c's shape (circle, square, triangle, diamond) centerd on (x, y). */
export function shape(c: number, x: number, y: number, r: number): string {
  if (c === 0) return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  if (c === 1) return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
  if (c === 2) return `M${x},${y - 1.2 * r}L${x + 1.1 * r},${y + 0.8 * r}H${x - 1.1 * r}z`;
  return `M${x},${y - 1.3 * r}L${x + 1.3 * r},${y}L${x},${y + 1.3 * r}L${x - 1.3 * r},${y}z`;
}

const px = (v: number) => ((v - VIEW.xMin) / (VIEW.xMax - VIEW.xMin)) * 100;
const py = (v: number) => ((VIEW.yMax - v) / (VIEW.yMax - VIEW.yMin)) * 100;

function Points({ data, test }: { data: Dataset; test: boolean }) {
  const out = [];
  for (let j = 0; j < data.X.cols; j++) {
    const c = data.labels[j];
    out.push(
      <path
        key={j}
        d={shape(c, px(data.X.get(0, j)), py(data.X.get(1, j)), 1.5)}
        class={`tp-pt tp-c${c}${test ? ' tp-test' : ''}`}
      />,
    );
  }
  return <>{out}</>;
}

/** The decision map (color = predicted class, paler = less sure) with the training and test points over it. */
export function DecisionMap({
  cls,
  conf,
  train,
  test,
  label,
  onPick,
}: {
  cls: Uint8Array;
  conf: Float64Array;
  train: Dataset;
  test: Dataset;
  label: string;
  /** When given, a click or tap on the map reports its place in data coordinates. */
  onPick?: (x: number, y: number) => void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  // One ImageData for the canvas's life: each frame writes its pixels in place (no allocation).
  const image = useRef<ImageData | null>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = (image.current ??= ctx.createImageData(GRID, GRID));
    const px = img.data;
    for (let i = 0; i < GRID * GRID; i++) {
      const rgb = RGB[cls[i]];
      const t = 0.15 + 0.55 * conf[i];
      // The clamped array rounds each channel itself.
      px[4 * i] = 255 + (rgb[0] - 255) * t;
      px[4 * i + 1] = 255 + (rgb[1] - 255) * t;
      px[4 * i + 2] = 255 + (rgb[2] - 255) * t;
      px[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  });
  const points = useMemo(
    () => (
      <>
        <Points data={train} test={false} />
        <Points data={test} test />
      </>
    ),
    [train, test],
  );
  function click(e: MouseEvent) {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const sx = linearScale([VIEW.xMin, VIEW.xMax], [r.left, r.right]);
    const sy = linearScale([VIEW.yMin, VIEW.yMax], [r.bottom, r.top]);
    onPick?.(sx.invert(e.clientX), sy.invert(e.clientY));
  }
  return (
    <div class={onPick ? 'tp-map tp-pick' : 'tp-map'}>
      <canvas
        ref={ref}
        width={GRID}
        height={GRID}
        class="nn-heatmap"
        role="img"
        aria-label={label}
        onClick={onPick && click}
      />
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" class="tp-points">
        {points}
      </svg>
    </div>
  );
}

const RANGE: Record<string, [number, number] | null> = {
  tanh: [-1, 1],
  sigmoid: [0, 1],
  relu: null,
  'leaky-relu': null,
};

/** The colour scale of a hidden unit's map: the activation's own range, or the map's when unbounded (ReLU). */
export function unitRange(activation: string, m: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const fixed = RANGE[activation];
  if (fixed) [lo, hi] = fixed;
  else for (const v of m) ((lo = Math.min(lo, v)), (hi = Math.max(hi, v)));
  return hi - lo < 1e-9 ? [lo - 0.5, lo + 0.5] : [lo, hi];
}

/** Each hidden unit's own output over the plane, one row of small maps per hidden layer. */
export function UnitMaps({
  units,
  activation,
  epoch,
}: {
  units: Float64Array[][];
  activation: string;
  epoch: number;
}) {
  if (units.length === 0) return <p>No hidden layers: the output unit sees the inputs directly.</p>;
  return (
    <div class="tp-units">
      {units.map((layer, l) => (
        <figure key={l} class="tp-unit-row">
          <figcaption>Hidden layer {l + 1}</figcaption>
          <div class="tp-unit-maps">
            {layer.map((m, u) => {
              const [lo, hi] = unitRange(activation, m);
              return (
                <Heatmap
                  key={u}
                  values={m}
                  n={UNIT_GRID}
                  lo={lo}
                  hi={hi}
                  class="tp-unit"
                  label={`Layer ${l + 1}, unit ${u + 1}: its output over the plane after ${epoch} epochs, blue low, orange high`}
                />
              );
            })}
          </div>
        </figure>
      ))}
    </div>
  );
}

const fmt = (x: number) => (Number.isFinite(x) ? formatNumber(x, 3) : '—');

function thin(ys: number[]): { xs: number[]; ys: number[] } {
  const step = Math.max(1, Math.ceil(ys.length / 400));
  const xs: number[] = [];
  const out: number[] = [];
  for (let i = 0; i < ys.length; i += step) {
    xs.push(i);
    out.push(ys[i]);
  }
  if (ys.length > 0 && xs[xs.length - 1] !== ys.length - 1) {
    xs.push(ys.length - 1);
    out.push(ys[ys.length - 1]);
  }
  return { xs, ys: out };
}

/** Training (solid) and test (dashed) loss over the epochs. */
export function LossPlot({ train, test }: { train: number[]; test: number[] }) {
  const n = train.length - 1;
  const top = Math.max(0.1, ...train, ...test) * 1.05;
  const a = thin(train);
  const b = thin(test);
  const description =
    n < 0
      ? 'Nothing measured yet.'
      : `After ${n} epochs the training loss is ${fmt(train[n])} and the test loss ${fmt(test[n])}; they started at ${fmt(train[0])} and ${fmt(test[0])}.`;
  return (
    <figure class="tp-loss">
      <SvgPlot
        title="Training and test loss over the epochs"
        description={description}
        xDomain={[0, Math.max(10, n)]}
        yDomain={[0, top]}
        xLabel="epoch"
        yLabel="loss"
        width={420}
        height={240}
      >
        {(sx, sy) => (
          <>
            <path d={linePath(a.xs, a.ys, sx, sy)} class="tp-train-line" />
            <path d={linePath(b.xs, b.ys, sx, sy)} class="tp-test-line" />
          </>
        )}
      </SvgPlot>
      <figcaption>Solid line: training loss. Dashed line: test loss.</figcaption>
    </figure>
  );
}

/** The confusion matrix as a table: rows the true class, columns the predicted one. */
export function Confusion({ m }: { m: number[][] }) {
  return (
    <table class="tp-confusion">
      <caption>
        Confusion matrix on the test points (rows: true class, columns: predicted class)
      </caption>
      <thead>
        <tr>
          <td />
          {m.map((_, c) => (
            <th key={c} scope="col">
              predicted {CLASS_NAMES[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {m.map((row, r) => (
          <tr key={r}>
            <th scope="row">true {CLASS_NAMES[r]}</th>
            {row.map((v, c) => (
              <td key={c} class={r === c ? 'tp-diag' : undefined}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
