import { useId, useMemo, useRef } from 'preact/hooks';
import type { PathPoint, Surface } from '../../engine/index.ts';
import { SvgPlot } from '../shared/SvgPlot.tsx';
import type { Scale } from '../shared/scale.ts';
import { contourSegments, quantileLevels, segmentsPath } from './contours.ts';
import { sampleSurface, show } from './descent.ts';

const N = 81;
const LEVELS = 14;
const ARROW_PX = 46;
const MAX_DRAWN = 600;

interface Props {
  surface: Surface;
  formula: string;
  path: readonly PathPoint[];
  /** −∇f at the current point. */
  downhill: readonly [number, number];
  /** Places the start (a click, a tap or a drag on the plot). */
  onPlace: (x: number, y: number) => void;
}

// Keeps far-away points drawable: the clip hides them, but SVG must still parse the numbers.
const clampPx = (v: number) => (Number.isFinite(v) ? Math.max(-2000, Math.min(2000, v)) : 0);

/** The contour plot of a surface with the descent path, the start, the minimum and the downhill arrow. */
export function DescentPlot({ surface, formula, path, downhill, onPlace }: Props) {
  const clipId = useId();
  const pressed = useRef(false);
  const { xMin, xMax, yMin, yMax } = surface.view;
  const contours = useMemo(() => {
    const values = sampleSurface(surface, N);
    return quantileLevels(values, LEVELS).map((level) => ({
      level,
      seg: contourSegments(values, N, N, level),
    }));
  }, [surface]);
  const start = path[0];
  const cur = path[path.length - 1];
  const inView = (p: PathPoint) => p.x >= xMin && p.x <= xMax && p.y >= yMin && p.y <= yMax;
  // A long run is thinned to about MAX_DRAWN points (start and end kept), so the whole path stays visible.
  const stride = Math.ceil(path.length / MAX_DRAWN);
  const shown =
    stride > 1 ? path.filter((_, k) => k % stride === 0 || k === path.length - 1) : path;
  const description =
    `Contour lines of ${surface.label}, ${formula}, for x from ${xMin} to ${xMax} and y from ${yMin} to ${yMax}` +
    (surface.minimum
      ? `, with the minimum at (${surface.minimum.join(', ')}) marked by a plus sign. `
      : '. It has no minimum. ') +
    `The path starts at (${show(start.x)}, ${show(start.y)}) and has ${path.length - 1} steps; the current point is ` +
    (inView(cur) ? `(${show(cur.x)}, ${show(cur.y)}).` : 'outside the plotted area.') +
    ' Click or tap the plot to move the start.';

  function draw(sx: Scale, sy: Scale) {
    const [px0, px1] = sx.range;
    const [py0, py1] = sy.range;
    const gi = (i: number) => xMin + ((xMax - xMin) * i) / (N - 1);
    const gj = (j: number) => yMin + ((yMax - yMin) * j) / (N - 1);
    const map = (i: number, j: number): [number, number] => [sx(gi(i)), sy(gj(j))];
    const pts = shown
      .map((p) => `${clampPx(sx(p.x)).toFixed(1)},${clampPx(sy(p.y)).toFixed(1)}`)
      .join(' ');
    const [dx, dy] = downhill;
    const vx = sx(cur.x + dx) - sx(cur.x);
    const vy = sy(cur.y + dy) - sy(cur.y);
    const len = Math.hypot(vx, vy);
    const arrow = len > 0 && Number.isFinite(len) && inView(cur);
    return (
      <>
        <defs>
          <clipPath id={clipId}>
            <rect x={px0} y={py1} width={px1 - px0} height={py0 - py1} />
          </clipPath>
          <marker
            id={`${clipId}-head`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" class="gdl-arrowhead" />
          </marker>
        </defs>
        <g clip-path={`url(#${clipId})`}>
          {contours.map(({ level, seg }, k) => (
            <path
              key={level}
              d={segmentsPath(seg, map)}
              class={`gdl-contour ${k < LEVELS / 3 ? 'gdl-low' : ''}`}
            />
          ))}
          {surface.minimum && (
            <path
              class="gdl-minimum"
              d={`M${sx(surface.minimum[0]) - 7} ${sy(surface.minimum[1])}h14M${sx(surface.minimum[0])} ${sy(surface.minimum[1]) - 7}v14`}
            />
          )}
          <polyline points={pts} class="gdl-path" />
          {path.length <= 200 &&
            shown.map((p, k) => (
              <circle
                key={k}
                cx={clampPx(sx(p.x))}
                cy={clampPx(sy(p.y))}
                r={2.5}
                class="gdl-point"
              />
            ))}
          <rect x={sx(start.x) - 5} y={sy(start.y) - 5} width={10} height={10} class="gdl-start" />
          {inView(cur) && <circle cx={sx(cur.x)} cy={sy(cur.y)} r={7} class="gdl-current" />}
          {arrow && (
            <line
              x1={sx(cur.x)}
              y1={sy(cur.y)}
              x2={sx(cur.x) + (vx / len) * ARROW_PX}
              y2={sy(cur.y) + (vy / len) * ARROW_PX}
              class="gdl-arrow"
              marker-end={`url(#${clipId}-head)`}
            />
          )}
        </g>
      </>
    );
  }

  return (
    <div
      class="gdl-plot"
      onPointerDownCapture={() => (pressed.current = true)}
      onPointerUp={() => (pressed.current = false)}
      onPointerLeave={() => (pressed.current = false)}
    >
      <SvgPlot
        title={`Contour plot of ${surface.label}`}
        description={description}
        xDomain={[xMin, xMax]}
        yDomain={[yMin, yMax]}
        xLabel="x"
        yLabel="y"
        yTitleAbove={false}
        width={400}
        height={380}
        onPointer={(x, y) => {
          // SvgPlot also reports mouse hover; only a press (click, tap, drag) moves the start.
          if (pressed.current && x >= xMin && x <= xMax && y >= yMin && y <= yMax) onPlace(x, y);
        }}
      >
        {draw}
      </SvgPlot>
    </div>
  );
}
