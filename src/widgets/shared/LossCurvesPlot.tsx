import { useMemo } from 'preact/hooks';
import { SvgPlot } from './SvgPlot.tsx';
import { linePath } from './scale.ts';
import { formatNumber as fmt } from './number.ts';
import { lossCurves } from '../softmax/softmax.ts';

interface Props {
  /** Number of classes (the MSE curve depends on it). */
  k: number;
  /** The current probability of the true class and the two losses there. */
  p: number;
  ce: number;
  mse: number;
}

// A little headroom above the top tick (5) keeps the axis label clear of it.
const Y_MAX = 5.5;

/** Cross-entropy and squared error over the probability of the true class, with the current point marked. */
export function LossCurvesPlot({ k, p, ce, mse }: Props) {
  const curves = useMemo(() => lossCurves(k), [k]);
  const off = ce > Y_MAX;
  const description =
    `Cross-entropy (solid line) falls from ${fmt(curves.ce[0], 3)} at p = 0.01 to 0 at p = 1, rising steeply as p nears 0. ` +
    `Squared error (dashed line) only goes from ${fmt(curves.mse[0], 3)} to 0. ` +
    `Now p = ${fmt(p, 3)}: cross-entropy ${fmt(ce)} (circle${off ? ', above the top of the plot' : ''}), squared error ${fmt(mse)} (square).`;
  return (
    <figure class="sm-curves">
      <SvgPlot
        title="Cross-entropy against squared error over the probability of the true class"
        description={description}
        xDomain={[0, 1]}
        yDomain={[0, Y_MAX]}
        xLabel="p, the probability of the true class"
        yLabel="loss"
        width={420}
        height={260}
      >
        {(sx, sy) => {
          const cx = sx(p);
          const cy = sy(Math.min(ce, Y_MAX));
          const my = sy(Math.min(mse, Y_MAX));
          return (
            <>
              <path d={linePath(curves.p, curves.ce, sx, sy)} class="sm-ce" />
              <path d={linePath(curves.p, curves.mse, sx, sy)} class="sm-mse" />
              <line x1={cx} x2={cx} y1={sy(0)} y2={sy(Y_MAX)} class="sm-now" />
              <circle cx={cx} cy={cy} r={6} class="sm-ce-point" />
              <rect x={cx - 5} y={my - 5} width={10} height={10} class="sm-mse-point" />
              {off && (
                <text x={cx + 8} y={cy + 14} class="sm-off">
                  ↑ {fmt(ce, 3)}
                </text>
              )}
            </>
          );
        }}
      </SvgPlot>
      <figcaption class="sm-curves-legend">
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" class="sm-ce" />
          </svg>{' '}
          cross-entropy −log p (circle: now)
        </span>
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" class="sm-mse" />
          </svg>{' '}
          squared error, the other classes sharing 1 − p evenly (square: now, on or above the curve)
        </span>
      </figcaption>
    </figure>
  );
}
