import { SvgPlot } from '../shared/SvgPlot.tsx';
import { niceTicks } from '../shared/scale.ts';
import { BATCH, histogram } from './batch-norm.ts';

interface Props {
  title: string;
  description: string;
  values: readonly number[];
  /** Where to draw the dashed marker line (the mean), and its label. */
  marker: number;
  markerLabel: string;
  cls: string;
}

/** A histogram of one batch over the fixed range BATCH.lo … BATCH.hi (values outside fall in the end bins). */
export function BatchHistogram({ title, description, values, marker, markerLabel, cls }: Props) {
  const { counts, clamped } = histogram(values, BATCH.lo, BATCH.hi, BATCH.binWidth);
  // Headroom above the highest tick keeps it clear of the axis label.
  let top = Math.max(4, ...counts) * 1.1;
  for (let k = 0; k < 20; k++) {
    const t = niceTicks(0, top, 5);
    const step = t[1] - t[0];
    if (top - t[t.length - 1] >= 0.4 * step) break;
    top += 0.25 * step;
  }
  const note =
    clamped > 0
      ? ` ${clamped} value${clamped === 1 ? ' lies' : 's lie'} beyond ${BATCH.lo} … ${BATCH.hi} and ${clamped === 1 ? 'is' : 'are'} counted in the end bins.`
      : '';
  return (
    <figure class="bh">
      {/* A visible title: the SVG's own <title> is for screen readers only. */}
      <figcaption class="bh-title" aria-hidden="true">
        {title}
      </figcaption>
      <SvgPlot
        title={title}
        description={description + note}
        xDomain={[BATCH.lo, BATCH.hi]}
        yDomain={[0, top]}
        yLabel="count"
        width={420}
        height={200}
      >
        {(sx, sy) => (
          <>
            {counts.map((c, k) =>
              c > 0 ? (
                <rect
                  key={k}
                  x={sx(BATCH.lo + k * BATCH.binWidth) + 0.5}
                  y={sy(c)}
                  width={sx(BATCH.binWidth) - sx(0) - 1}
                  height={sy(0) - sy(c)}
                  class={`bh-bar ${cls}`}
                />
              ) : null,
            )}
            {marker >= BATCH.lo && marker <= BATCH.hi && (
              <>
                <line x1={sx(marker)} x2={sx(marker)} y1={sy(0)} y2={sy(top)} class="bh-marker" />
                <text x={sx(marker) + 4} y={sy(top) + 12} class="bh-marker-label">
                  {markerLabel}
                </text>
              </>
            )}
          </>
        )}
      </SvgPlot>
    </figure>
  );
}
