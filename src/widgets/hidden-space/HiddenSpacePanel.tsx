import type { Matrix } from '../../engine/index.ts';
import { SvgPlot } from '../shared/SvgPlot.tsx';
import type { Scale } from '../shared/scale.ts';
import type { Grid } from './geometry.ts';

interface Props {
  /** The panel's visible caption, also the plot's name. */
  title: string;
  description: string;
  /** The panel shows the square [−extent, extent]². */
  extent: number;
  xLabel: string;
  yLabel: string;
  /** Screen positions of the data points (2 × m) and their classes. */
  points: Matrix;
  labels: ArrayLike<number>;
  /** Screen positions of the grid's vertices, in the grid's order. */
  grid: Matrix;
  shape: Pick<Grid, 'lines' | 'samples'>;
  /** The output unit's line, as two end points, when it is drawn. */
  line: readonly [number, number, number, number] | null;
}

// A panel of 284 × 284 units for the data: the plot's margins (44 left, 12 right, 10 top, 34 bottom) added.
const WIDTH = 340;
const HEIGHT = 328;
const R = 3.5;

const f = (v: number) => v.toFixed(1);

/** One family of grid lines as a single path (a few elements, however many vertices). */
function linesPath(
  grid: Matrix,
  from: number,
  lines: number,
  samples: number,
  sx: Scale,
  sy: Scale,
) {
  let d = '';
  for (let l = from; l < from + lines; l++) {
    for (let s = 0; s < samples; s++) {
      const j = l * samples + s;
      d += `${s === 0 ? 'M' : 'L'}${f(sx(grid.get(0, j)))} ${f(sy(grid.get(1, j)))}`;
    }
  }
  return d;
}

/** Every point of one class as one path: circles for class 0, squares for class 1. */
function pointsPath(points: Matrix, labels: ArrayLike<number>, c: number, sx: Scale, sy: Scale) {
  let d = '';
  for (let j = 0; j < points.cols; j++) {
    if (labels[j] !== c) continue;
    const x = sx(points.get(0, j));
    const y = sy(points.get(1, j));
    d +=
      c === 0
        ? `M${f(x - R)} ${f(y)}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`
        : `M${f(x - R)} ${f(y - R)}h${2 * R}v${2 * R}h${-2 * R}z`;
  }
  return d;
}

/** One square panel of the hidden-space widget: mapped grid lines, points by class, and the output unit's line. */
export function HiddenSpacePanel(p: Props) {
  const { lines, samples } = p.shape;
  return (
    <div>
      <p class="hs-caption" aria-hidden="true">
        {p.title}
      </p>
      <SvgPlot
        title={p.title}
        description={p.description}
        xDomain={[-p.extent, p.extent]}
        yDomain={[-p.extent, p.extent]}
        xLabel={p.xLabel}
        yLabel={p.yLabel}
        yTitleAbove={false}
        width={WIDTH}
        height={HEIGHT}
      >
        {(sx, sy) => (
          <>
            <path class="hs-grid hs-grid-x2" d={linesPath(p.grid, 0, lines, samples, sx, sy)} />
            <path class="hs-grid hs-grid-x1" d={linesPath(p.grid, lines, lines, samples, sx, sy)} />
            {p.line && (
              <line
                class="hs-line"
                x1={sx(p.line[0])}
                y1={sy(p.line[1])}
                x2={sx(p.line[2])}
                y2={sy(p.line[3])}
              />
            )}
            <path class="hs-points hs-class0" d={pointsPath(p.points, p.labels, 0, sx, sy)} />
            <path class="hs-points hs-class1" d={pointsPath(p.points, p.labels, 1, sx, sy)} />
          </>
        )}
      </SvgPlot>
    </div>
  );
}
