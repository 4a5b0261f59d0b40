import { SvgPlot } from './SvgPlot.tsx';
import { linePath } from './scale.ts';

/** One loss curve: its name, points, and how it is drawn (color class, dashes, end marker: never color alone). */
export interface Curve {
  label: string;
  xs: readonly number[];
  ys: readonly number[];
  cls: string;
  dashed: boolean;
  marker: 'circle' | 'square';
}

interface Props {
  title: string;
  description: string;
  curves: readonly Curve[];
  xMax: number;
  yMax: number;
  xLabel?: string;
}

function Marker({ kind, x, y, cls }: { kind: Curve['marker']; x: number; y: number; cls: string }) {
  return kind === 'circle' ? (
    <circle cx={x} cy={y} r={5} class={`tc-mark ${cls}`} />
  ) : (
    <rect x={x - 4.5} y={y - 4.5} width={9} height={9} class={`tc-mark ${cls}`} />
  );
}

/** Loss curves over epochs with a legend that shows each line's dash and end marker. Values above yMax are drawn at the top. */
export function TrainingCurves({
  title,
  description,
  curves,
  xMax,
  yMax,
  xLabel = 'epoch',
}: Props) {
  return (
    <figure class="tc">
      <SvgPlot
        title={title}
        description={description}
        xDomain={[0, xMax]}
        yDomain={[0, yMax]}
        xLabel={xLabel}
        yLabel="loss"
        width={420}
        height={240}
      >
        {(sx, sy) =>
          curves.map((c) => {
            const ys = c.ys.map((v) => (Number.isFinite(v) ? Math.min(v, yMax) : v));
            const n = ys.length - 1;
            return (
              <g key={c.label}>
                <path
                  d={linePath(c.xs, ys, sx, sy)}
                  class={`tc-line ${c.cls}${c.dashed ? ' tc-dashed' : ''}`}
                />
                {n >= 0 && Number.isFinite(ys[n]) && (
                  <Marker kind={c.marker} x={sx(c.xs[n])} y={sy(ys[n])} cls={c.cls} />
                )}
              </g>
            );
          })
        }
      </SvgPlot>
      <figcaption class="tc-legend">
        {curves.map((c) => (
          <span key={c.label}>
            <svg width="40" height="12" aria-hidden="true">
              <line
                x1="0"
                y1="6"
                x2="30"
                y2="6"
                class={`tc-line ${c.cls}${c.dashed ? ' tc-dashed' : ''}`}
              />
              <Marker kind={c.marker} x={34} y={6} cls={c.cls} />
            </svg>{' '}
            {c.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
